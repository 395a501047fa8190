# raise X from Y sets __cause__
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse " + repr(s)) from e
print(parse("12"))
try:
    parse("x")
except ParseError as p:
    print(p)
    print(type(p.__cause__).__name__, p.__cause__)
    print(p.__suppress_context__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as t:
    print(repr(t.__cause__))

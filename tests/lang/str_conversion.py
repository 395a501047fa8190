# str: str() and repr() of ints, bools, None, containers; int() of strings
print(str(42), str(-7), str(True), str(None), str([1, 'a']))
print(int('123'), int('-45'), int('  7 '), int('+3'))
print(str(123) + str(456), len(str(-1000)))
print(repr(5), repr(None), repr('5'))

# a stack-based RPN calculator
def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(int(tok))
    return stack
print(rpn("3 4 + 2 *"))
print(rpn("5 1 2 + 4 * + 3 -"))
print(rpn("2 100 ^ dup +"))
print(rpn("7 2 swap - 10 3 //"))
print(rpn("-7 2 % -7 2 //"))
try:
    rpn("1 +")
except IndexError as e:
    print("stack underflow:", e)

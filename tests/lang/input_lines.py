# input() with and without a prompt, several lines, int(input()) arithmetic,
# a last line without a newline, then EOFError (stdin: input_lines.in).
name = input("name? ")
print("hello,", name)
a = int(input())
b = int(input("b = "))
print(a, "+", b, "=", a + b, "and", a, "*", b, "=", a * b)
words = input().split()
print(len(words), words)
print(repr(input()))
print(repr(input("last: ")))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
try:
    input()
except EOFError as e:
    print("again:", type(e).__name__, e.args)

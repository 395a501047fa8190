# End of input at the first read, uncaught: the prompt is written, then
# the traceback (stdin: an empty input_eof.in).
print("start")
x = input("? ")
print("not reached", x)

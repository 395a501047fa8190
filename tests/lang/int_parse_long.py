# int() parsing of long digit strings and bases
s = "1234567890" * 3
n = int(s)
print(n)
print(n + 1)
print(int("-" + "9" * 40))
print(int("  42  "), int("+7"), int("0"))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("f" * 30, 16))
print(int("0x1F", 16), int("0b101", 0), int("1_000_000"))
print(len(str(int("7" * 100))))
try:
    int("12a")
except ValueError as e:
    print("ValueError", e)

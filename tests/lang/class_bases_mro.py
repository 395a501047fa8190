# __bases__ and __mro__ of user and builtin classes; pow with a negative
# modulus; bytes repetition and concatenation errors


class A:
    pass


class B(A):
    pass


class E(KeyError):
    pass


print([c.__name__ for c in B.__mro__], [c.__name__ for c in B.__bases__], A.__bases__[0].__name__)
print([c.__name__ for c in E.__mro__], object.__bases__, [c.__name__ for c in int.__mro__])
print(pow(3, 3, -7), pow(2, 10, -1000), pow(5, 0, -3), pow(-2, 3, -5), pow(4, 2, -16))
print(3 * b"ab", b"x" * 2, 2 * bytearray(b"yz"), b"q" * 0)
for bad in [lambda: b"a" + "b", lambda: bytearray(b"a") + "b", lambda: b"a" + 1, lambda: bytes([256]), lambda: bytearray([-1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# class: isinstance and issubclass with user classes, builtins and tuples
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance('s', str), isinstance([], list))
print(isinstance((), tuple), isinstance({}, dict), isinstance(1, str), issubclass(bool, int))
print(isinstance(b, object), issubclass(C, object))

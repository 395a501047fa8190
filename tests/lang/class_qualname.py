# class: __qualname__ of classes (user and builtin) and of their methods
class A:
    def m(self): pass
class B(A): pass
print(B.__qualname__, B.__name__, A.__qualname__, int.__qualname__, B.m.__qualname__, B().m.__qualname__)
print(ValueError.__qualname__, str.__name__)

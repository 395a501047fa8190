# class: three-level super().__init__ chain and attribute lookup through bases
class A:
    tag = 'A'
    def __init__(self):
        self.log = ['A']
    def who(self):
        return 'A.who'
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
class C(B):
    tag = 'C'
    def __init__(self):
        super().__init__()
        self.log.append('C')
c = C()
print(c.log, c.tag, B.tag, c.who())
print(isinstance(c, A), issubclass(C, A), type(c).__name__)

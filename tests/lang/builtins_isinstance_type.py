# builtins: type(), isinstance, issubclass, getattr/setattr/hasattr on builtins values
print(type(1), type('a'), type([]), type(None).__name__, type(type(1)).__name__)
print(isinstance(5, (str, int)), isinstance('a', (list, tuple)), issubclass(int, object))
print(type(1) is int, type(True) is bool, type(True) is int)
print(hasattr([], 'append'), hasattr('s', 'nope'), getattr('abc', 'upper')())
print(getattr(5, 'real', 'x'), getattr(5, 'imagine', 'dflt'))

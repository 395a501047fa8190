# err: uncaught ValueError from int('x')
print(int('42'))
n = int('x')
print(n)

# exc: built-in exceptions raised where CPython raises them, with messages
def show(k):
    try:
        if k == 0:
            print(5 % 0)
        elif k == 1:
            print([1, 2][5])
        elif k == 2:
            print({'a': 1}['b'])
        elif k == 3:
            print(1 + 'a')
        elif k == 4:
            print(int('abc'))
        elif k == 5:
            print((5).nope)
        elif k == 6:
            print(next(iter([])))
        elif k == 7:
            print(len(5))
        elif k == 8:
            print('x' * 'y')
        elif k == 9:
            print(undefined_name)
    except Exception as e:
        print(type(e).__name__ + ':', e)
for k in range(10):
    show(k)

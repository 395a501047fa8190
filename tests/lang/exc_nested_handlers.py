# exc: nested try blocks, exception in handler, propagation through functions
def level3():
    raise IndexError('from level3')
def level2():
    try:
        level3()
    except KeyError:
        print('never')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'recovered'
print(level1())
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print('got', e, type(e.__context__).__name__)

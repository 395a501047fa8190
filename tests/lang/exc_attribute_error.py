# exc: AttributeError messages for instances, classes, and builtin types
class K:
    def __init__(self):
        self.a = 1
k = K()
for name in ['a', 'b']:
    try:
        print(getattr(k, name))
    except AttributeError as e:
        print('AttributeError:', e)
try:
    K.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].push(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    None.x
except AttributeError as e:
    print('AttributeError:', e)

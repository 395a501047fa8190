# class: getattr/setattr/hasattr with 2 and 3 args on instances and classes
class Obj:
    cls_attr = 'C'
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, 'x'), getattr(o, 'y', 'default'), getattr(o, 'cls_attr'))
setattr(o, 'y', 42)
print(o.y, hasattr(o, 'y'), hasattr(o, 'z'), hasattr(Obj, 'cls_attr'))
setattr(Obj, 'added', 7)
print(o.added, getattr(Obj, 'added'))
name = 'dyn'
setattr(o, name, [1])
getattr(o, name).append(2)
print(o.dyn)
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError:', e)

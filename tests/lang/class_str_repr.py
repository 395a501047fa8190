# class: __str__ vs __repr__ in print, str(), repr(), containers, f-strings
class P:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'P' + str(self.n)
    def __repr__(self):
        return 'P(' + repr(self.n) + ')'
class OnlyRepr:
    def __repr__(self):
        return '<R>'
p = P(1)
print(p, str(p), repr(p), [p], (p,), {'k': p})
print(f'{p} {p!r}', '%s %r' % (p, p), '{} {!r}'.format(p, p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

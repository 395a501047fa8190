# builtins: str, bool, list, tuple, dict, set constructors and repr
print(str(12), str(''), bool(0), bool(3), bool(''), bool('0'), bool(None), bool([None]))
print(list('ab'), list((1,)), list({'k': 1}), tuple([1, 2]), tuple('xy'))
print(dict([(1, 2)]), sorted(set([3, 3, 1])), list(), tuple(), dict(), set())
print(repr('a'), repr(1), repr([1, 'a']), repr((1,)), repr({1: 'a'}))
print(list(map(bool, [0, 1, -1])), int(False))

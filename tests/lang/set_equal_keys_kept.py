# Of two equal keys that differ (1 and True, 0 and False), a set operation
# keeps CPython's: an intersection the smaller set's (the right operand's
# when they are as large), the others the left operand's.
print({True, 2} & {1}, {1} & {True, 2}, {True} & {1}, {1} & {True})
print({True, 5} - {7}, {True} ^ {3}, {1} ^ {True, 4}, {True} | {1}, {1} | {True})
print({True, 2}.intersection({1}), {1}.intersection({True, 2}))
print({1, 2, 3}.intersection([True, 2]), {True}.intersection([1, 1, 5]))
s = {True, 2, 3}
s &= {1}
t = {0, 7}
t.intersection_update([False, 7, 9])
u = {False}
u &= {0, 1, 2}
print(s, sorted(t), u, {False, 4} & {0, 4, 5} == {0, 4})
print(set([1, True]), {1: 'a', True: 'b'}, {v % 2 for v in [9]} & {True, -3})

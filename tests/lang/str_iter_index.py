# str: iteration, indexing, in operator, comparisons
s = 'hello'
for ch in s:
    print(ch, end=' ')
print()
print(s[0], s[-1], s[4], len(s))
print('ell' in s, 'z' in s, '' in s)
print('abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'x' * 3, 3 * 'ab')

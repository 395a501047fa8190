# comp: comprehensions over strings and dict items building strings
s = 'Hello World'
print(''.join([c for c in s if c.isupper()]))
print([w[::-1] for w in s.split()])
d = {'b': 2, 'a': 1}
print(['%s=%d' % (k, v) for k, v in sorted(d.items())])
print({c: s.count(c) for c in 'lo'})

# str: find, rfind, index, count, replace, startswith, endswith
s = 'banana'
print(s.find('an'), s.find('an', 2), s.find('x'), s.rfind('an'), s.index('n'))
print(s.count('a'), s.count('an'), s.count(''))
print(s.replace('a', 'o'), s.replace('an', '', 1), s.replace('x', 'y'))
print(s.startswith('ba'), s.startswith('na'), s.endswith('na'), s.endswith(''))
print(s.startswith(('x', 'b')))

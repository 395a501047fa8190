# str: partition, rpartition, rsplit, multiplication by zero/negatives
print('key=value=x'.partition('='))
print('key=value=x'.rpartition('='))
print('nosep'.partition('='))
print('a b c d'.rsplit(' ', 2))
print(repr('ab' * 0), repr('ab' * -1))

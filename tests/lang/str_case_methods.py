# str: upper, lower, capitalize, title, swapcase
s = 'Hello World abc'
print(s.upper(), s.lower())
print('hello world'.capitalize(), 'hELLO'.capitalize())
print('hello big world'.title(), 'Hello'.swapcase())
print('abc123'.upper(), ''.upper())

# str: isdigit, isalpha, isalnum, isspace, isupper, islower
for s in ['123', 'abc', 'ab1', '   ', 'ABC', 'abC', '']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())

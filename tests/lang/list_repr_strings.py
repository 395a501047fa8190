# list: repr of strings, None, bools and nested containers inside a list
a = ['x', "it's", 'say "hi"', None, True, False, (1,), {}, ()]
print(a)
print(str(a))
print(repr(['a\nb', 'tab\there', '\\']))
print([[], [[]], [1, [2, [3]]]])

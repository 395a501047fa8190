# set: repr of small int sets and single-element sets
print({1})
print({1, 2, 3})
print(set())
print({'a'})
print(set([2, 2, 2]))
print({(1, 2)})

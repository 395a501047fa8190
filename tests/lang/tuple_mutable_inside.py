# tuple: tuple containing a list can have the list mutated
t = ([1], 2)
t[0].append(5)
print(t)
a = [1, 2]
t2 = (a, a)
a.append(3)
print(t2)

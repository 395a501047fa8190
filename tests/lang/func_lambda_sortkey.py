# lambda as sort keys, in map/filter, immediately called
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: len(w), reverse=True))
print(list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print((lambda x, y=2: x ** y)(5))
print((lambda: "no args")())
print((lambda *a: len(a))(1, 2, 3))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(min(people, key=lambda p: p[1]), max(words, key=len))

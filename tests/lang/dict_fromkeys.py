# dict: dict.fromkeys with and without a value, from any iterable; the one
# value is shared; its argument-count errors
d = dict.fromkeys("abca")
print(d, dict.fromkeys([3, 1, 3], 0), dict.fromkeys(range(3), "x"), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict.fromkeys((k for k in "zy"), True), hasattr(dict, "fromkeys"))
f = dict.fromkeys
print(f([1, 2], 5))
for args in [(), ([1], 2, 3)]:
    try:
        dict.fromkeys(*args)
    except TypeError as e:
        print(e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(e)
try:
    dict.fromkeys([1], value=2)
except TypeError as e:
    print(e)
print(dict.fromkeys(*[[1, 2], "v"]), dict.fromkeys(*([3],), **{}))

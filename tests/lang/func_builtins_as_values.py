# unbound methods of builtin types and builtins with several forms as values
words = ["  apple ", "Banana", " cherry"]
print(list(map(str.strip, words)), list(map(str.upper, ["a", "b"])))
print(sorted(["b", "A", "c"], key=str.lower), str.join("-", ["x", "y"]), str.split("a b"))
up = str.upper
print(up("shout"), list.count([1, 1, 2], 1), dict.get({"k": 1}, "k"), tuple.index((5, 6), 6))
print(list(map(len, ["ab", "c", ""])), sorted(["ccc", "a", "bb"], key=len), max(["aa", "b"], key=len))
pick = [max, min]
print([f([3, 1, 2]) for f in pick], [f(3, 1, 2) for f in pick])
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(min, [[1, 2], [0, 9]])))
ops = {"sum": sum, "max": max, "min": min, "len": len, "sorted": sorted, "abs": abs}
print({k: f([-3, 1, 2]) if k != "abs" else f(-3) for k, f in ops.items()})
s = sum
print(s([1, 2, 3]), s([1, 2], 10), list(map(pow, [2, 3], [3, 2])), list(map(round, [1.5, 2.5, 2.675])))
nx = next
it = iter([7])
print(nx(it), nx(it, "done"), callable(max), callable(str.upper))
print(list(map(bytes.hex, [b"\x01", b"\xff"])), list(map(int.bit_length, [1, 8, 255])))
for bad in [lambda: str.upper(5), lambda: str.upper()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

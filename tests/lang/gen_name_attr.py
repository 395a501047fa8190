# gen: a generator object's __name__ is its function's (<genexpr> for a
# generator expression)
def count(n):
    yield from range(n)


class A:
    def items(self):
        yield 1


g = count(2)
print(g.__name__, A().items().__name__, (x for x in "ab").__name__, hasattr(g, "__name__"))
print(getattr(g, "__name__"), list(g), g.__name__)

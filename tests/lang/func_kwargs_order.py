# keyword arguments in any order and mixed with positional ones
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("ann", 30))
print(describe(age=5, name="bob"))
print(describe(city="rome", age=7, name="cy"))
print(describe("dee", city="oslo", age=1))
print(describe("eve", 2, "paris"))
def tri(a, b=2, c=3):
    return (a, b, c)
print(tri(1), tri(1, c=9), tri(c=0, a=4), tri(1, 2), tri(b=8, a=7))

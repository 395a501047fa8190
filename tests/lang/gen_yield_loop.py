# generator yielding inside a for loop and a while loop
def count_up(n):
    for i in range(n):
        yield i * i

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(count_up(5)))
print(list(countdown(4)))
for v in count_up(3):
    print("v", v)
g = countdown(2)
print(next(g), next(g))
print(list(g))

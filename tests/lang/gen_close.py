# close() raises GeneratorExit inside the generator
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")

it = g()
print(next(it))
it.close()
print("closed")
it.close()
print("closed again")
try:
    next(it)
except StopIteration:
    print("exhausted after close")

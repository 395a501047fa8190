# comp: empty comprehensions and conditional filters yielding nothing
print([x for x in []], {x for x in ''}, {k: 1 for k in ()})
print([x for x in range(5) if False])
print([i for i in range(10) if i > 5 and i % 2])

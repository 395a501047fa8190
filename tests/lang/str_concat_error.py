# TypeError: str + int.
label = "count: "
print(label + 3)

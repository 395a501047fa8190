# A failing subscript in a chain underlines its own brackets.
config = {"net": {"port": 80}}
print(config["net"]["port"])
host = config["net"] ["host"]

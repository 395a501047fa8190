# uncaught TypeError from calling a function with a wrong keyword argument
def connect(host, port=80):
    return host + ":" + str(port)
print(connect("a", port=8080))
print(connect(host="b"))
print(connect("c", prot=1))

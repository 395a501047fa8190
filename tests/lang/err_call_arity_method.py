# err: uncaught TypeError of a method called with too few arguments: the qualified name, all the missing names
class Box:
    def put(self, a, b, c):
        return a


def fill(box):
    return box.put()


print(Box().put(1, 2, 3))
fill(Box())

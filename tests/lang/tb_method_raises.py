# A method that raises: the caller underlines the whole call.
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()


st = Stack()
top = st.pop() or None

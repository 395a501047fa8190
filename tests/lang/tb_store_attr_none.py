# Setting an attribute on None.
node = None
node.next = 5

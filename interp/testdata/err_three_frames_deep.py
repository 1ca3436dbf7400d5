# Checks a multi-frame traceback for an exception raised three calls deep.
def inner(v):
    return 100 // v
def middle(v):
    return inner(v - 1) + 1
def outer(v):
    return middle(v) * 2
print(outer(3))
print(outer(1))

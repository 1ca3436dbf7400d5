# Checks UnboundLocalError when a local is read before assignment in a function that assigns it.
x = 10
def f():
    print(x)
    x = 5
    return x
f()

# Checks the wording of TypeErrors for missing keyword-only arguments (one and several).
def f(a, *, k):
    pass


def g(*, x, y, z=0):
    pass


try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(y=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)

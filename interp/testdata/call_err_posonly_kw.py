# Checks the TypeError for positional-only parameters passed by keyword.
def f(a, b, /, c):
    return a + b + c


print(f(1, 2, c=3))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

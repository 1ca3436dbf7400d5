# Checks positional-only parameters (before /): passed positionally, and their names free for **kwargs.
def div(a, b, /):
    return a // b


print(div(17, 5))


def f(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)


print(f(1))
print(f(1, 20))
print(f(1, 20, 30))
print(f(1, c=30, d=40))
print(f(1, 2, 3, d=5))


def g(name, /, **kw):
    return name, kw


print(g("x", name="y", other=1))
try:
    div(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

# Checks a signature mixing positional-only, ordinary, defaults, *args, keyword-only and **kwargs, with all call forms.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return "a=%r b=%r c=%r args=%r d=%r e=%r kw=%r" % (a, b, c, args, d, e, kw)


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6))
print(f(1, c=30, d=40, z=50))
print(f(*[1, 2, 3, 4], **{"d": 7, "e": 8, "y": 9}))
print(f(1, d=4, a="kw-a", b="kw-b"))


def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(wrapper(10, 20, d=1))

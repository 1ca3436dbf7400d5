# Checks TypeErrors for bad * and ** unpacking: non-iterable, non-mapping, duplicate keyword from unpacking.
def f(*args, **kwargs):
    return args, kwargs


try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"y": 1}, **{"y": 2})
except TypeError as e:
    print(type(e).__name__, e)
print(f(*(), **{}))

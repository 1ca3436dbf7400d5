# Checks "got an unexpected keyword argument" for plain functions, methods and **-unpacked dicts.
def f(a, b=0):
    return a


try:
    f(1, z=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1, "q": 2})
except TypeError as e:
    print(type(e).__name__, e)


class C:
    def m(self, x):
        return x


try:
    C().m(1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(self=1, x=2)
except TypeError as e:
    print(type(e).__name__, e)

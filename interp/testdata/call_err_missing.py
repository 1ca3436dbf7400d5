# Checks the wording of TypeErrors for missing required positional arguments (1, 2 and 3 names).
def f1(a, b):
    pass


def f3(a, b, c, d=0):
    pass


for args in [(1,), (), ]:
    try:
        f1(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f3()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f3(b=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f3(1, d=2)
except TypeError as e:
    print(type(e).__name__, e)

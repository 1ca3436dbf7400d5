# Checks namedtuple errors: invalid names, duplicate fields, bad arguments and read-only fields.
from collections import namedtuple

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: namedtuple("P", "x _y"))
attempt(lambda: namedtuple("P", "x x"))
attempt(lambda: namedtuple("P", "x def"))
attempt(lambda: namedtuple("1P", "x"))
attempt(lambda: namedtuple("class", "x"))
attempt(lambda: namedtuple("P", "x 1y"))
attempt(lambda: namedtuple("P", "x", defaults=[1, 2]))
attempt(lambda: namedtuple("P", 5))
attempt(lambda: namedtuple("P"))
attempt(lambda: namedtuple("P", "x", rename=True, verbose=True))
P = namedtuple("P", "x y", defaults=[2])
p = P(1)
attempt(lambda: P())
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, x=2))
attempt(lambda: P(1, z=2))
attempt(lambda: p._replace(z=1))
attempt(lambda: p._replace(1))
attempt(lambda: P._make([1]))
attempt(lambda: P._make([1, 2, 3]))
attempt(lambda: p[2])
attempt(lambda: p.z)

def set_x():
    p.x = 5

def del_x():
    del p.x

def set_z():
    p.z = 1

attempt(set_x)
attempt(del_x)
attempt(set_z)
print(p)

# Checks that a yield expression evaluates to None when the generator is resumed by next() or a for loop.
def g():
    a = yield 1
    print("a =", a)
    b = yield 2
    print("b =", b)


for v in g():
    print("value", v)


def pairs():
    x = yield
    while True:
        x = yield (x, x * 2)


p = pairs()
next(p)
print(p.send(3), p.send(5))

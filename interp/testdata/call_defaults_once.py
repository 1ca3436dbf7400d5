# Checks that default values are evaluated once, when the def statement runs, in order, and not at each call.
log = []


def make(tag):
    log.append(tag)
    return tag * 2


def f(a=make("a"), b=make("b")):
    return a + b


print("after def:", log)
print(f(), f("x"), f(b="y"))
print("after calls:", log)
n = 5


def g(x=n):
    return x


n = 6
print(g(), n)
for i in range(3):
    def h(v=i * 10):
        return v
    print(h())

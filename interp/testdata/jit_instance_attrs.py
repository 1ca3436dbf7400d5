# JIT: instance attributes and method calls in hot loops (shape and class
# version guards): attributes changing type, shapes changing, classes and
# methods redefined while loops run, __slots__, subclasses, properties.
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        return self.x

    def energy(self):
        return 0.5 * self.v * self.v


def simulate(ps, n):
    total = 0.0
    for i in range(n):
        for p in ps:
            total += p.step(0.01)
            total -= p.energy() * 1e-3
    return total


ps = [Particle(float(i), 1.0 + i * 0.1) for i in range(5)]
print("%.6f" % simulate(ps, 200))

# An int attribute becomes a float, then a big int, in the middle of a loop.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k


c = Counter()
for i in range(300):
    c.bump(1 if i < 150 else 0.5)
print(c.n)
c = Counter()
for i in range(300):
    c.bump(2 ** 62 if i == 200 else 1)
print(c.n)

# A new attribute on some instances changes their shape.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i * 2) for i in range(100)]
for i in range(0, 100, 7):
    pts[i].z = -1
s = 0
for k in range(20):
    for p in pts:
        s += p.x + p.y
print(s)

# The method is replaced in the class while the loop runs; then a class
# attribute the loop reads changes.
class Scaler:
    factor = 3

    def apply(self, v):
        return v * self.factor


def double(self, v):
    return v * 2


sc = Scaler()
acc = 0
for i in range(400):
    if i == 200:
        Scaler.apply = double
    if i == 300:
        Scaler.factor = 10
        Scaler.apply = lambda self, v: v * self.factor
    acc += sc.apply(i)
print(acc)

# An instance attribute shadows the class attribute half way.
sc2 = Scaler()
acc = 0
for i in range(300):
    if i == 150:
        sc2.factor = 7
    acc += sc2.factor
print(acc)

# __slots__ and subclasses with an overriding method.
class Base:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a

    def f(self):
        return self.a


class Derived(Base):
    __slots__ = ("b",)

    def __init__(self, a, b):
        Base.__init__(self, a)
        self.b = b

    def f(self):
        return self.a * 100 + self.b


objs = [Base(i) if i % 3 else Derived(i, 1) for i in range(60)]
t = 0
for k in range(30):
    for o in objs:
        t += o.f()
print(t)

# A property (a data descriptor) and an attribute deleted in the loop.
class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def f(self):
        return self._c * 9 / 5 + 32


tm = Temp()
out = 0.0
for i in range(200):
    tm._c = i * 0.5
    out += tm.f
print(out)

class Box:
    pass


b = Box()
b.v = 1
got = []
for i in range(100):
    if i == 60:
        del b.v
    try:
        got.append(b.v)
    except AttributeError as e:
        got.append(str(e))
        b.v = i
print(got[55:65])

# Objects stored in attributes (pointer stores leave the trace to Go).
class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt


head = None
for i in range(200):
    head = Node(i, head)
n, total = head, 0
while n is not None:
    total += n.val
    n = n.nxt
print(total)

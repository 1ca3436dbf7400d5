# random.getstate/setstate replay the same draws, including a pending gauss value.
import random

random.seed(42)
random.random()
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b)
random.gauss()
st = random.getstate()
print(type(st[2]).__name__)
x = random.gauss()
random.setstate(st)
print(random.gauss() == x)
r = random.Random(3)
r.setstate(random.getstate())
print(r.random() == random.random())

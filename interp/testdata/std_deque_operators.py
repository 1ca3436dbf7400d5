# collections.deque + deque, * n, += iterable and *= n keep maxlen; mismatched operands raise CPython's TypeErrors.
from collections import deque

d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), deque([3, 4]) + d, d * 2, 2 * d, d * 0, d * -1)
e = deque("ab")
e += [1, 2]
e += "cd"
print(e)
e *= 2
print(e, len(e))
f = deque([1])
g = f
f += f
print(f, g is f)
for bad in [lambda: d + [1], lambda: [1] + d, lambda: d * 1.5, lambda: d - d, lambda: 1 + d]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def setbad():
    d["a"] = 1
def delbad():
    del d[1:2]
for bad in [setbad, delbad]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

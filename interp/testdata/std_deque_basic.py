# collections.deque: append/appendleft/pop/popleft, extend/extendleft, maxlen dropping from the other end, reprs.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(d))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(-1)
print(b, b.maxlen, deque().maxlen)
b.extend([10, 11])
print(b)
print(deque("hello", 2), deque([], 0), deque(range(3), maxlen=None))
z = deque([1], maxlen=0)
z.append(5)
print(z, len(z))
e = deque([1, 2])
e.extend(e)
print(e)
e.clear()
print(e, len(e))
c = deque([1, [2], "x"])
print(c.copy(), c.count(1), c.count([2]), repr(deque()))
c.remove([2])
c.reverse()
print(c)
r = deque([1])
r.append(r)
print(r)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([], -1), lambda: deque(5),
            lambda: deque([1]).remove(2), lambda: deque([1], "a"), lambda: deque(1, 2, 3), lambda: hash(deque())]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)

# collections.deque rotate, index, insert, indexing and assignment, iteration, membership, comparison and mutation checks.
from collections import deque

d = deque(range(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(15)
print(d, d[0], d[-1], d[3])
d[0] = 100
d[-1] = -1
print(d, d.index(100), d.index(3, 1), 4 in d, 42 in d)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(99, "z")
print(d)
del d[1]
del d[-1]
print(d)
total = 0
for v in deque([1, 2, 3]):
    total += v
print(total, list(reversed(deque("abc"))), sorted(deque([3, 1, 2])))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
print(bool(deque()), bool(deque([0])))
q = deque([1, 2, 3], maxlen=3)
try:
    q.insert(0, 0)
except IndexError as e:
    print("IndexError:", e)
for bad in [lambda: q[5], lambda: q["a"], lambda: q[1:2], lambda: q.index(9), lambda: q.rotate(1.5)]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m = deque([1, 2, 3])
try:
    for v in m:
        m.append(v)
except RuntimeError as e:
    print("RuntimeError:", e)
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 4 and ny < 4 and (nx, ny) not in seen:
            seen.add((nx, ny))
            bfs.append((nx, ny))
print(len(seen))

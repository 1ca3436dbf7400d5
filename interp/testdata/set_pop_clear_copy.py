# Checks set.pop on small ints (deterministic order), pop from an empty set, copy independence and clear.
s = {3, 1, 2}
out = []
while s:
    out.append(s.pop())
print(out, s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
a = {1, 2, 3}
b = a.copy()
b.add(4)
c = a
c.discard(1)
print(a, b, a is c, a is b)
b.clear()
print(b, len(b), a)

# Checks generator state after exhaustion: further next() raises StopIteration again and loops see nothing.
def g():
    yield 1
    yield 2


gen = g()
print(list(gen))
print(list(gen))
try:
    next(gen)
except StopIteration:
    print("stop 1")
try:
    next(gen)
except StopIteration:
    print("stop 2")
for x in gen:
    print("never", x)
ge = (x for x in [1, 2, 3])
print(sum(ge), sum(ge))
print(2 in (x for x in [1, 2, 3]))
h = (x for x in [1, 2, 3, 4])
print(2 in h, list(h))

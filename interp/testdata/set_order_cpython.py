# Checks CPython's exact iteration/print order for small-int sets: hash-table slot order with collisions, growth, deletion and pop.
print({8, 1, 2, 3})
print({40, 1, 17})
print({9, 4, 1})
print({x * x for x in [-3, -2, 2, 3, 1]})
print({1, 2} | {8, 3})
print(set([16, 8, 0, 24]))
print(set(range(10, 0, -1)))
print({100, 50, 25, 12, 6, 3})
s = {4, 2, 8, 6}
print([s.pop() for _ in range(4)])
t = {1, 9, 17}
t.discard(9)
t.add(25)
print(t)
u = set()
for i in [33, 1, 65, 2, 97]:
    u.add(i)
print(u, list(u))
a = {1, 2, 3, 10, 11, 12}
a.intersection_update({1, 2, 10, 99})
print(a)
print({1, 2, 3, 4} ^ {3, 9}, {32, 64} | {1})

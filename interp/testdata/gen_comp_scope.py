# Checks that comprehension loop variables do not leak, and comprehensions see enclosing function locals.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
d = {k: k * 2 for k in "ab"}
s = {y for y in [1]}
print(d, s)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)


def f(n, factor):
    base = 100
    return [base + factor * i for i in range(n) if i != factor]


print(f(4, 2))


def g():
    items = [1, 2, 3]
    offset = 10
    return {i: [i + offset + j for j in items] for i in items}


print(g())


class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]


print(K.doubled)

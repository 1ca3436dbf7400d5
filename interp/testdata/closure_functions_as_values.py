# Checks functions and closures as values: stored in dicts and lists, passed, returned and composed.
def compose(f, g):
    return lambda x: f(g(x))


def add(n):
    return lambda x: x + n


def mul(n):
    return lambda x: x * n


ops = {"inc": add(1), "dbl": mul(2), "sq": lambda x: x * x}
for name in ["inc", "dbl", "sq"]:
    print(name, ops[name](7))
pipeline = [add(3), mul(10), add(-1)]
v = 2
for f in pipeline:
    v = f(v)
print(v)
h = compose(ops["sq"], add(1))
print(h(4), compose(h, h)(1))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(mul(3), 4, 1), apply_n(str.upper, 1, "abc"))
print(add.__name__, ops["sq"].__name__, callable(h), callable(3))

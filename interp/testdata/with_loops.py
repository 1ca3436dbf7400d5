# with statements inside hot loops and hot loops inside with statements (the JIT must leave them to the interpreter correctly)
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        return exc_type is ZeroDivisionError


c = Counter()
total = 0
for i in range(300):
    with c:
        total += i
print(total, c.entered, c.exited)

with c:
    acc = 0
    for i in range(1000):
        acc += i * i
        if i == 900:
            break
print(acc, c.entered, c.exited)

errors = 0
for i in range(200):
    with c:
        if i % 50 == 0:
            errors += 1
            x = 1 // 0
print(errors, c.entered, c.exited)


def inner_loop(n):
    with c:
        s = 0
        i = 0
        while i < n:
            s += i
            i += 1
            if s > 10000:
                return s
    return s


print(inner_loop(100), inner_loop(1000), c.entered, c.exited)

results = []
for i in range(100):
    with c:
        if i % 3 == 0:
            continue
        results.append(i)
        if len(results) > 40:
            break
print(len(results), results[-1], c.entered, c.exited)


# An exception inside a compiled loop inside a with block reaches __exit__.
def divide_all(values):
    out = 0
    with c:
        for v in values:
            out += 1000 // v
    return out


print(divide_all(list(range(1, 200))), c.entered, c.exited)
print(divide_all(list(range(100, 0, -1)) + [0] + [1]), c.entered, c.exited)

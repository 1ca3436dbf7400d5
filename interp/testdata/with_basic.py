# with statements: __enter__/__exit__ order, as-targets (names, tuples, attributes, subscripts), several items, nesting
log = []


class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value

    def __enter__(self):
        log.append("enter " + self.name)
        return self.value if self.value is not None else self

    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %r %r %r" % (self.name, exc_type, exc, tb))
        return False


with CM("a") as a:
    log.append("body " + a.name)
print(log)
log.clear()

with CM("a") as a, CM("b") as b, CM("c"):
    log.append("body %s %s" % (a.name, b.name))
print(log)
log.clear()

with CM("pair", (1, 2)) as (x, y):
    print("x y", x, y)
with CM("star", [1, 2, 3, 4]) as (first, *rest):
    print("first rest", first, rest)


class Holder:
    pass


h = Holder()
d = {}
with CM("attr", 10) as h.value, CM("item", 20) as d["k"]:
    pass
print(h.value, d)

with CM("outer") as o:
    with CM("inner") as i:
        log.append("inner body")
    log.append("outer body")
print(log)
log.clear()

# The with target is an ordinary binding: it survives the block.
with CM("keep", "kept") as kept:
    pass
print(kept)

# The context expression is evaluated once, before __enter__.
def make(name):
    log.append("make " + name)
    return CM(name)


with make("m1") as m1, make("m2") as m2:
    pass
print(log)
log.clear()

# A manager's __enter__ may return anything, including None.
class NoneCM:
    def __enter__(self):
        return None

    def __exit__(self, *args):
        print("exit args", args)


with NoneCM() as n:
    print("n is", n)


# Functions and methods with with-blocks.
def use(value):
    with CM("fn", value) as v:
        result = v * 2
    return result


print(use(21), log)
log.clear()


class Resource:
    count = 0

    def __enter__(self):
        Resource.count += 1
        return self

    def __exit__(self, *exc):
        Resource.count -= 1

    def work(self):
        with self:
            return Resource.count


r = Resource()
with r:
    print("nested count", r.work(), Resource.count)
print("final count", Resource.count)

# Checks generator objects: type name, iter(g) is g, a generator function is not itself a generator.
def gen():
    yield 1


g = gen()
print(type(g).__name__, iter(g) is g, type(gen).__name__)
print(hasattr(g, "send"), hasattr(g, "__next__"), hasattr([], "__next__"))
print(g.__next__(), next(g, "done"))
ge = (x for x in "ab")
print(type(ge).__name__, next(ge), ge.__next__())

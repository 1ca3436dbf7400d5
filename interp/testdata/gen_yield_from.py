# Checks yield from delegating to sub-generators, lists and ranges, interleaved with plain yields.
def inner(tag, n):
    for i in range(n):
        yield tag + str(i)


def outer():
    yield "start"
    yield from inner("a", 2)
    yield from [10, 20]
    yield from range(3, 5)
    yield from inner("b", 1)
    yield "end"


print(list(outer()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", (1, 2), [None])))

# Checks return in a generator: StopIteration.value, and the value of a yield from expression.
def gen():
    yield 1
    yield 2
    return "result"


g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)


def averager(xs):
    total = 0
    for x in xs:
        total += x
        yield x
    return total / len(xs)


def delegate():
    avg = yield from averager([2, 4, 9])
    yield "avg=" + str(avg)


print(list(delegate()))


def empty():
    return 5
    yield


try:
    next(empty())
except StopIteration as e:
    print(e.value)


def plain():
    yield 1


try:
    g = plain()
    next(g)
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

# with blocks inside generators: yield inside the block, close() and throw() run __exit__
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def gen(n):
    with CM("gen"):
        for i in range(n):
            yield i
    print("after with")


print(list(gen(3)))

g = gen(5)
print(next(g), next(g))
g.close()
print("closed")

g = gen(5)
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("swallow", exc_type.__name__ if exc_type else None)
        return exc_type is ValueError


def resilient():
    for i in range(3):
        with Swallow():
            x = yield i
            if x == "bad":
                raise ValueError(x)
    yield "done"


g = resilient()
print(next(g))
print(g.send("bad"))
print(g.send("ok"))
print(g.send(None))


def each_line(lines):
    for line in lines:
        with CM(line):
            yield line.upper()


print([s for s in each_line(["a", "b"])])


def delegate():
    with CM("outer"):
        yield from gen(2)
        yield "tail"


print(list(delegate()))


# A with statement in a generator expression's body function.
def pairs():
    with CM("pairs"):
        return [(i, j) for i in range(2) for j in range(2)]


print(pairs())

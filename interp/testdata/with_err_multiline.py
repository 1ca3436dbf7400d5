# a parenthesized multi-line with statement: errors in a context expression and in __exit__ report CPython's lines
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)
        if self.fail:
            raise KeyError(self.name)


with (
    CM("a") as a,
    CM("b") as b,
):
    print(a, b)

with (CM("c") as c,
      CM("d", fail=True) as d):
    print(c, d)

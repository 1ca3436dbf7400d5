# Checks closures capturing parameters (including *args and keyword-only ones) of the enclosing function.
def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(100)))


def make_joiner(*parts, sep=","):
    def join(extra):
        return sep.join(parts + (extra,))
    return join


j = make_joiner("a", "b", sep="|")
print(j("c"), make_joiner()("only"))


def make_multiplier_list(factors):
    return [lambda x, f=f: x * f for f in factors]


print([m(3) for m in make_multiplier_list([1, 2, 3])])


def rebind_param(n):
    def get():
        return n
    n = n * 2
    return get


print(rebind_param(21)())

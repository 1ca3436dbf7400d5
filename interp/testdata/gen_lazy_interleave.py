# Checks laziness: generator pipelines interleave their stages one item at a time (side effects show order).
def source(n):
    for i in range(n):
        print("produce", i)
        yield i


def double(xs):
    for x in xs:
        print("double", x)
        yield x * 2


def keep_big(xs):
    for x in xs:
        if x > 1:
            yield x


for v in keep_big(double(source(3))):
    print("got", v)
g = (print("genexp", i) or i for i in range(2))
print("before")
print(list(g))

# Checks stacked decorators: applied bottom-up at definition time, run outermost-first at call time.
def tag(name):
    print("making decorator", name)

    def deco(fn):
        print("applying", name, "to", fn.__name__)

        def wrapper(x):
            return "<" + name + ">" + fn(x) + "</" + name + ">"
        wrapper.__name__ = name + "_" + fn.__name__
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(x):
    return x.upper()


print(text("hi"))
print(text.__name__)


def double(fn):
    return lambda v: fn(v) * 2


def inc(fn):
    return lambda v: fn(v) + 1


@double
@inc
def ident(v):
    return v


@inc
@double
def ident2(v):
    return v


print(ident(5), ident2(5))

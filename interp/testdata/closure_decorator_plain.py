# Checks a plain function used as a decorator: wrapping, call counting and logging, with the @ syntax.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper


@logged
def add(a, b=0):
    return a + b


add(1, 2)
add(5, b=6)
print(add.__name__)


def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


print(square(3), square(4), square.calls)


def register(fn):
    registry.append(fn.__name__)
    return fn


registry = []


@register
def alpha():
    return "A"


@register
def beta():
    return "B"


print(registry, alpha(), beta())

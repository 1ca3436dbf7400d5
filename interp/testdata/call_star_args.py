# Checks *args: extra positionals collected into a tuple, possibly empty, after required parameters.
def total(*args):
    print(type(args).__name__, len(args), args)
    s = 0
    for a in args:
        s += a
    return s


print(total())
print(total(1))
print(total(1, 2, 3))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))


def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)


print(fmt(", ", 1, "two", 3.0, None))

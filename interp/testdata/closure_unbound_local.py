# Checks UnboundLocalError/NameError wording when a local or free variable is read before assignment.
x = 1


def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 2
    return x


print(f())


def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()


print(outer())
print(issubclass(UnboundLocalError, NameError))

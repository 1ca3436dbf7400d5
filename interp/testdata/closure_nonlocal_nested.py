# Checks nonlocal resolving to the nearest enclosing function scope across several levels.
def a():
    x = "a"

    def b():
        def c():
            nonlocal x
            x = x + "c"
            return x
        r = c()
        return r + "|" + x
    out = b()
    return out + "|" + x


print(a())


def shadow():
    x = 1

    def mid():
        x = 2

        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid(), x


print(shadow())

# Checks functions nested three deep reading variables from every enclosing level.
def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2


print(level1(1)(2)(3))
f2 = level1(4)
f3 = f2(5)
print(f3(6), f3(7), f2(0)(0))


def outer():
    x = "x"

    def middle():
        y = "y"

        def inner():
            return x + y + z
        z = "z"
        return inner()
    return middle()


print(outer())

# Checks f(*xs) unpacking of lists, tuples, ranges, strings and generators, mixed with plain arguments.
def three(a, b, c):
    return a * 100 + b * 10 + c


xs = [1, 2, 3]
print(three(*xs))
print(three(*(4, 5, 6)))
print(three(*range(7, 10)))
print(three(1, *[2, 3]))
print(three(*[1], *[2], 3))
print(three(*(x for x in [9, 8, 7])))


def show(*args):
    return args


print(show(*"abc"))
print(show(*[], *(), *""))
print(show(0, *[1, 2], 3, *[4]))
print(max(*[3, 9, 2]), min(*"hello"))
print(*[1, 2, 3], sep=":")

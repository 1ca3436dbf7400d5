# Checks unpacking generators into targets, starred assignments, function arguments and list displays.
def gen(n):
    for i in range(n):
        yield i + 1


a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print(*gen(4))
print([0, *gen(2), *gen(3)])
print(max(*gen(6)))
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)

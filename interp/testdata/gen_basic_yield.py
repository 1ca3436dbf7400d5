# Checks a basic generator function: lazy execution, resumption after each yield, and for-loop consumption.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


g = countdown(3)
print("created")
print(next(g))
print(next(g))
for v in g:
    print("loop", v)
print(list(countdown(2)))


def squares(xs):
    for x in xs:
        yield x * x


print(sum(squares(range(5))), list(squares([3, 4])))

# Checks infinite generators consumed with manual stopping (break, counters, next in a loop).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for n in naturals(5):
    if n > 9:
        break
    out.append(n)
print(out)
f = fib()
print([next(f) for _ in range(15)])
total = 0
for v in fib():
    if v > 1000:
        break
    if v % 2 == 0:
        total += v
print(total)


def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result


print(take(4, (x * x for x in naturals())))

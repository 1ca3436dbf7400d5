# Checks returning several values as a tuple and unpacking them at the call site, including starred targets.
def divmod2(a, b):
    return a // b, a % b


q, r = divmod2(17, 5)
print(q, r)
res = divmod2(-17, 5)
print(res, type(res).__name__)


def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)


lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
first, *middle, last = stats([1, 2, 3])
print(first, middle, last)


def nothing():
    return


print(nothing())

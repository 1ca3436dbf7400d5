# Checks the traceback frame name for an error inside a generator expression consumed by sum().
def mean_inverse(xs):
    return sum(1 / x for x in xs) / len(xs)


print(mean_inverse([1, 2, 4]))
print(mean_inverse([1, 0]))

# Checks return: implicit None, bare return, early return from loops, returning tuples and unpacking them.
def implicit():
    x = 1
def bare():
    return
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
def min_max(xs):
    return min(xs), max(xs)
def many():
    return 1, "two", [3]
print(implicit(), bare())
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
lo, hi = min_max([4, -2, 9])
print(lo, hi)
print(many(), type(many()))
a, b, c = many()
print(a, b, c)
def nested_return(n):
    while True:
        for i in range(n):
            if i == 2:
                return "stopped at 2"
        return "short"
print(nested_return(5), nested_return(1))

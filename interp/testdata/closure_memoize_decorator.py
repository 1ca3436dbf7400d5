# Checks a memoizing decorator whose cache dict lives in the closure, keyed by argument tuples.
def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]

    def stats():
        return calls[0], len(cache)
    wrapper.stats = stats
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10))
print(paths.stats())
print(paths(16, 16))
print(paths.stats())

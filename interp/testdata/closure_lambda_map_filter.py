# Checks lambda with map and filter (lazy iterators consumed by list/sum) and a lambda closing over a local.
nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(sum(map(lambda x: x * 2, filter(lambda x: x > 5, nums))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))


def scaled(xs, k):
    return list(map(lambda v: v * k, xs))


print(scaled(nums[:4], 7))
m = map(lambda s: s.upper(), ["a", "b"])
print(list(m), list(m))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))

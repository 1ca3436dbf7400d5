# Checks sum over lists, tuples, ranges, floats, big ints, with start values, and the TypeError for strings.
print(sum([1, 2, 3]), sum((4, 5)), sum(range(101)), sum([]))
print(sum([0.1] * 10), sum([0.5, 0.25]), sum([1, 2.5]))
print(sum([1, 2], 10), sum([], 5), sum(range(5), start=100))
print(sum([2 ** 63, 2 ** 63]), sum([-(2 ** 63), -1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, True]), sum([1.5], 1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

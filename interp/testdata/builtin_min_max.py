# Checks min and max with multiple args, a single iterable, strings, mixed int/float and ties (first wins).
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)))
print(max("hello"), min("hello"), max(["b", "abc", "ab"]), min(["b", "abc", "ab"]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(max([[1, 2], [1, 3]]), min([(2, 1), (1, 9)]), max(range(10)))
print(max(-(2 ** 70), 2 ** 70, 0), min(2.5, 2))
for args in [[], ()]:
    try:
        max(args)
    except ValueError as e:
        print("ValueError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)

# Checks sorted (new list, key=, reverse=, stability) and reversed on lists, tuples, strings and ranges.
xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys, ys is xs)
print(sorted("banana"), sorted((3, 2, 1)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
def last_char(s):
    return s[-1]
print(sorted(["ab", "ca", "bb", "ba"], key=last_char))
print(sorted(["ab", "ca", "bb", "ba"], key=last_char, reverse=True))
print(sorted([1.5, -2, 0, 2 ** 64, -0.5]), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
for v in reversed(["x", "y"]):
    print(v)
print("".join(reversed("stressed")))

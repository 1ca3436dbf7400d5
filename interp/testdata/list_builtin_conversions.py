# Checks list() and tuple() built from strings, ranges, tuples, lists, dicts and dict views.
print(list("abc"), list(range(3)), list((1, 2)), list([3, 4]), list())
d = {"x": 1, "y": 2}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(tuple("ab"), tuple([1, 2]), tuple(range(2, 5)), tuple())
print(list(enumerate("ab")), list(zip([1, 2], "ab")))
print(list(reversed([1, 2, 3])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)

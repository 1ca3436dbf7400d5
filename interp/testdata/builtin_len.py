# Checks len on str (code points), list, tuple, dict, range, nested containers and the TypeError for ints.
print(len(""), len("abc"), len("日本"), len("\n\t"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(range(100)), len(range(5, 0, -2)), len([0] * 1000))
print(len(str(2 ** 100)), len(list("hello")), len("a" * 0))
for bad in [5, 2.5, None]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)

# Checks building tuple, list, dict, set and enumerate/zip results from generator expressions.
words = ["pear", "fig", "apple", "kiwi"]
print(tuple(len(w) for w in words))
print(list(w[0] for w in words))
print(dict((w, len(w)) for w in words))
print(sorted(set(len(w) for w in words)))
print(list(enumerate(w for w in words if len(w) == 4)))
print(list(zip((i * i for i in range(5)), "abc")))
print(tuple(x for x in ()))
a, b, c = (n * 10 for n in range(3))
print(a, b, c)

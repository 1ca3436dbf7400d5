# Checks min/max with key= (a def'd function) and default= for empty iterables; ties keep the first.
def length(s):
    return len(s)
def second(p):
    return p[1]
def negate(x):
    return -x
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words, key=length), min(words, key=length))
print(max("kiwi", "plum", key=length), min("kiwi", "fig", "pea", key=length))
pairs = [("a", 3), ("b", 7), ("c", 7), ("d", 1)]
print(max(pairs, key=second), min(pairs, key=second))
print(max([1, 5, 3], key=negate), min([1, 5, 3], key=negate))
print(max([], default="empty"), min([], default=None), max([2], default=0))
print(max([], key=length, default="none"), max(["aa", "b"], key=length, default="x"))

# Checks list.sort and sorted with key= def'd functions, reverse=True, and stability under keys.
def second(p):
    return p[1]
def length(s):
    return len(s)
def neg(x):
    return -x
pairs = [("a", 3), ("b", 1), ("c", 2), ("d", 1)]
pairs.sort(key=second)
print(pairs)
pairs.sort(key=second, reverse=True)
print(pairs)
words = ["ccc", "a", "bb", "dd", "e", "fff"]
words.sort(key=length)
print(words)
print(sorted(words, key=length, reverse=True))
print(sorted([3, 1, 2], key=neg))
xs = [4, 1, 3]
xs.sort(reverse=True)
print(xs)
print(sorted("hello", reverse=True))

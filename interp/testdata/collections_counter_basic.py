# Checks Counter construction, missing keys, most_common tie order, elements and repr order.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-3), c.most_common(100))
print(list(c.elements()))
print(Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8), Counter())
print(Counter(["x", "y", "x", "z", "y", "x"]).most_common(1))
ties = Counter("bbaacc")
print(ties, ties.most_common(2))
print(Counter([3, 1, 2, 3, 1, 3]))
print(Counter({"a": 1}, b=2))
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__)
print(c.total(), Counter().total(), Counter(a=2.5, b=1).total())
print(sorted(c), sorted(c.values()), c.keys())
w = Counter(a=2, b=-1, c=0)
print(list(w.elements()), w)
print(Counter(a=1, b="x"))
print(Counter(zero=0, neg=-3, pos=3))
c["a"] = 0
print(c, c["a"])
del c["a"]
del c["not there"]
print(c)
print(Counter("hello world").most_common(3))
words = "the quick brown fox jumps over the lazy dog the fox".split()
freq = Counter(words)
for word, n in freq.most_common(3):
    print(word, n)
print(dict(freq))
print(Counter(freq) == freq, Counter(freq) is freq, freq.copy())
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))

# Checks defaultdict: factories, __missing__, repr, dict subclass behaviour, copy and default_factory.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(repr(groups), str(groups) == repr(groups))
print(type(groups), defaultdict, type(groups).__name__)
print(isinstance(groups, dict), isinstance(groups, defaultdict), issubclass(defaultdict, dict))
print(groups["a"], len(groups), sorted(groups))
print(groups == {"a": ["apple", "avocado", "apricot"], "b": ["banana", "blueberry"], "c": ["cherry"]})
print(groups.default_factory, groups.default_factory is list)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(counts.get("z"), "z" in counts, counts)
print(counts["z"], "z" in counts, counts)

sets = defaultdict(set)
sets["x"].add(1)
sets["x"].add(1)
print(sets, len(sets["x"]))

plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
plain2 = defaultdict(None, {"k": 1})
print(plain2, plain2["k"])

c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory)
c["m"] = 100
print(counts["m"], c["m"])

counts.default_factory = lambda: -1
print(counts["new"], counts["new"])
counts.default_factory = None
try:
    counts["other"]
except KeyError as e:
    print("KeyError", e)

print(defaultdict(list, a=1, b=2))
print(defaultdict(list, [("x", 1), ("y", 2)]))
print(defaultdict(int, {"q": 3}, r=4))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
try:
    defaultdict(list, 1, 2)
except TypeError as e:
    print("TypeError", e)
print(defaultdict(int).__missing__("k"))
try:
    defaultdict().__missing__("k")
except KeyError as e:
    print("KeyError", e)

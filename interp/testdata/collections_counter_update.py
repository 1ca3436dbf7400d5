# Checks Counter.update/subtract with iterables, mappings and keywords, and Counter subclasses.
from collections import Counter

c = Counter()
c.update("hello")
print(c)
c.update({"l": 3, "z": 1})
print(c)
c.update(h=10)
print(c)
c.update(["x", "x"], x=5)
print(c)
c.subtract("hello")
print(c)
c.subtract({"z": 5})
print(c)
c.subtract(x=7)
print(c)
c.update()
c.subtract()
print(c.most_common(3))
e = Counter()
e.update({"a": 2, "b": 1})
print(e)
e.update(Counter(a=1))
print(e)

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("mississippi")
print(t, t.top(), type(t).__name__, isinstance(t, Counter))
print(type(t.copy()).__name__, type(t + t).__name__)
t2 = Tally()
for n in range(100):
    t2[n % 7] += 1
print(t2, t2.top(), t2.total())

counts = Counter()
for i in range(1, 500):
    counts[i % 10] += i
print(counts.most_common(4), counts.total())
letters = Counter()
for line in ["aab", "abc", "cca"]:
    letters.update(line)
    letters.subtract("a")
print(letters)
try:
    Counter(5)
except TypeError as e:
    print("TypeError", e)
try:
    Counter("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    list(Counter(a=1.5).elements())
except TypeError as e:
    print("TypeError", e)

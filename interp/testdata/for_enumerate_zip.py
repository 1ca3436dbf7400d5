# Checks enumerate (with start) and zip (uneven lengths, three iterables) in for loops.
for i, ch in enumerate("abc"):
    print(i, ch)
for i, v in enumerate([10, 20], start=1):
    print(i, v)
for i, v in enumerate((7, 8), 100):
    print(i, v)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for a, b, c in zip(range(3), [10, 20, 30], ("p", "q", "r")):
    print(a, b, c)
for pair in zip("ab", "cd"):
    print(pair)
print(list(zip()), list(zip([1])), list(zip([], [1, 2])))
names = ["ann", "bob"]
ages = [31, 42, 53]
d = {}
for n, a in zip(names, ages):
    d[n] = a
print(d)
print(list(enumerate([])))

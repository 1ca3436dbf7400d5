# Checks lambda as sorted/min/max key and as list.sort key, including tuple keys and stability.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: len(p[0]), reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=lambda w: w.lower())
print(words)
offset = 3
print(sorted(range(8), key=lambda x: (x - offset) ** 2))
square = lambda x: x * x
print(square(12), (lambda a, b=2: a ** b)(5), (lambda *a: len(a))(1, 2, 3))

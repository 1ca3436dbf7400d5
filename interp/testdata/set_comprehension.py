# Checks set comprehensions: deduplication, filters, nested loops, and printing the small-int results.
print({x % 5 for x in range(20)})
print(sorted({x * x for x in [-3, -2, 2, 3, 1]}))
print({a + b for a in range(3) for b in range(3) if a != b})
words = ["apple", "bob", "kiwi", "anna", "level"]
pals = {w for w in words if w == w[::-1]}
print(sorted(pals))
print(sorted({len(w) for w in words}), {c for c in "banana"} == {"a", "b", "n"})

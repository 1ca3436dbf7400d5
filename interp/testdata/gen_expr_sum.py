# Checks generator expressions consumed by sum, min, max, sorted, str.join and as the sole call argument.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs))
print(sum(x for x in xs if x % 2))
print(min(x - 5 for x in xs), max(abs(x - 5) for x in xs))
print(sorted((x % 4 for x in xs), reverse=True))
print(",".join(str(x) for x in xs))
print(sum((x for x in range(10)), 100))
g = (c.upper() for c in "abc")
print(type(g).__name__, list(g), list(g))
print(sum(i * j for i in range(4) for j in range(i)))

# Checks dict comprehensions: key/value expressions, filters, inverting, nested loops and later duplicate keys winning.
words = ["apple", "banana", "cherry", "date"]
print({w: len(w) for w in words})
print({w[0]: w for w in words if len(w) > 4})
prices = {"a": 3, "b": 5, "c": 3}
print({v: k for k, v in prices.items()})
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
print({i % 3: i for i in range(10)})
print({k: v for k, v in zip("xyz", range(3))})

# Checks in / not in for lists, tuples, strings (substrings), dicts (keys) and ranges.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in ("a", "b"), ("a", 1) in [("a", 1), ("b", 2)])
print("ell" in "hello", "" in "abc", "lo" not in "hello", "x" in "")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d, "two" in d.values())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -3 in range(-5, 0))
print(1 in [1.0], 1.0 in [1], True in [1], 0 in [False])
print([1] in [[1], [2]], [3] in [[1], [2]])
print(not 3 in [1, 2], (not 3) in [False])
print(3.0 in range(5), 2 ** 70 in range(2 ** 71))

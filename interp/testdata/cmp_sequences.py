# Checks lexicographic ordering of lists, tuples and strings, including prefixes and nested sequences.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, 2) < (1, 3), (1, "a") < (1, "b"), (0,) <= (0,), (1, 2) >= (1, 2, 3))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "" < "a", "b" > "abc")
print([[1, 2], [3]] < [[1, 3]], ((1, 2), 3) == ((1, 2), 3))
print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, 2) == (1.0, 2.0))
print(max(["pear", "apple", "fig"]), min([(2, "b"), (1, "z"), (1, "a")]))
print(sorted(["b", "A", "a", "B", "_", "1"]))
print("é" > "z", "Z" < "a")

# Checks any and all over lists, strings, ranges, empty iterables and list comprehensions.
print(any([0, 0, 1]), any([0, "", None]), any([]), all([1, "a", [0]]), all([1, 0]), all([]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), all(range(0, 5)))
nums = [2, 4, 6, 9]
print(all([n % 2 == 0 for n in nums]), any([n % 2 == 0 for n in nums]), any([n > 100 for n in nums]))
print(any([[], {}, ()]), all([[0], {0: 0}, (0,)]))
print(type(any([1])), any((False, None, 0.0, -0.0)))

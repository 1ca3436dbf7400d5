# Checks set comparisons <= >= < > == != (subset/superset relations) between sets and frozensets.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a)
print(a <= a, a < a, a >= a, a > a)
print(b <= a, {4} < b, set() < a, set() <= set())
print(a == {2, 1}, a != b, a == frozenset([1, 2]), frozenset([1]) < b)
print({1, 2} == [1, 2], {1} != {1.0}, {0} == {False})

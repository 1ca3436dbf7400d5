# Checks set methods union/intersection/difference/symmetric_difference with several and non-set arguments, and update forms.
a = {1, 2, 3}
print(a.union([3, 4], (5,)), a.intersection([2, 3, 9], {3, 2}), a.difference([1], [2]))
print(a.symmetric_difference([3, 4]), a)
a.update([10, 11], {12})
print(a)
a.intersection_update({1, 2, 10, 99})
print(sorted(a))
a.difference_update([1])
print(sorted(a))
a.symmetric_difference_update({2, 7})
print(sorted(a))
print(set("aab") == {"a", "b"}, sorted(set("mississippi")))
print(sorted(a.union()), a.union() is a, a.union() == a)

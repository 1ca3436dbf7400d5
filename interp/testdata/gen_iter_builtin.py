# Checks iter() over lists, strings, tuples, dicts and ranges, and that iterators are their own iterators.
it = iter([10, 20, 30])
print(next(it))
print(list(it))
print(list(it))
s = iter("hey")
print(next(s), next(s), next(s), next(s, "-"))
d = {"a": 1, "b": 2}
print(list(iter(d)))
r = iter(range(3))
print(iter(r) is r, next(r), list(r))
lst = [1, 2, 3]
i1 = iter(lst)
i2 = iter(lst)
print(next(i1), next(i1), next(i2))
lst.append(4)
print(list(i1))
print(type(iter([])).__name__, type(iter((1,))).__name__)

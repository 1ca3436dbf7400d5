# itertools.accumulate: running sums, a binary function, initial=, and empty inputs.
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([0.1] * 5)))
print(list(itertools.accumulate([5, 3, 8], lambda a, b: a * 10 + b)))
print(list(itertools.accumulate(range(1, 6), func=operator.sub, initial=None)))
try:
    list(itertools.accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)

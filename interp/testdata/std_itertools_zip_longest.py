# itertools.zip_longest pads shorter inputs with fillvalue and stops when all are exhausted.
import itertools

print(list(itertools.zip_longest("ABCD", "xy")))
print(list(itertools.zip_longest("AB", range(5), fillvalue="-")))
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest([1, 2, 3])))
print(list(itertools.zip_longest([], [], fillvalue=0)))
print(list(itertools.zip_longest(iter([1]), [2, 3], (4, 5, 6), fillvalue=None)))
print(dict(itertools.zip_longest("abc", [1])))

# Checks list equality and ordering, element-wise with nested lists and different lengths.
print([1, 2] == [1, 2], [1, 2] == [2, 1], [] == [], [[1]] == [[1]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, 2] <= [1, 2])
print([1, [2, 3]] < [1, [2, 4]], [0.5] < [1], [True] == [1])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))

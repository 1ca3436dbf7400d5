# Checks list comprehensions with nested for clauses and multiple if filters, in clause order.
print([(i, j) for i in range(3) for j in range(i)])
print([x * y for x in [1, 2, 3] if x != 2 for y in [10, 100] if y > x * 10])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2 == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([c + str(n) for c in "ab" for n in range(2)])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
words = ["one", "two", "three"]
print([w[i] for w in words for i in range(len(w)) if i % 2 == 0])

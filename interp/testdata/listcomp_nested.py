# Checks nested list comprehensions: multiple for clauses, multiple if clauses, nested comprehensions.
print([(i, j) for i in range(3) for j in range(i)])
print([c + str(n) for c in "ab" for n in range(3)])
print([i for i in range(30) if i % 2 == 0 if i % 3 == 0])
print([x * y for x in [1, 2, 3] if x != 2 for y in [10, 100] if x * y < 250])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([[c for c in w] for w in ["hi", "yo"]])

# Checks comprehension variable scoping: the loop variable does not leak and outer names are readable.
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
k = 10
print([i + k for i in range(3)])
def f(n):
    base = n * 100
    return [base + i for i in range(n)]
print(f(3))
total = 5
print([total for j in range(2)], total)
i = "unchanged"
print([[i for i in range(2)] for j in range(2)], i)

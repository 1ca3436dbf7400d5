# JIT: loops nested in loops, with lists of floats (matrix-style code).
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += ai[t] * b[t][j]
            ci[j] = s
    return c

n = 24
a = [[(i * n + j) % 7 * 0.5 for j in range(n)] for i in range(n)]
b = [[(i + 2 * j) % 5 - 1.25 for j in range(n)] for i in range(n)]
c = matmul(a, b)
print(sum(c[0]) + sum(c[5]) + sum(c[23]))
print(c[3][4], c[10][11], c[23][0])
count = 0
for i in range(60):
    for j in range(i):
        if (i + j) % 3 == 0:
            count += j
print(count)

# Program: matrices as lists of lists: multiply, transpose, identity, power, determinant and float formatting.


def zeros(n, m):
    return [[0] * m for i in range(n)]


def identity(n):
    result = zeros(n, n)
    for i in range(n):
        result[i][i] = 1
    return result


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    assert len(a[0]) == k, "shape mismatch"
    c = zeros(n, m)
    for i in range(n):
        row = a[i]
        out = c[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += row[t] * b[t][j]
            out[j] = s
    return c


def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def matpow(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e >>= 1
    return result


def det(a):
    n = len(a)
    m = [row[:] for row in a]
    sign = 1
    d = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if m[pivot][col] == 0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        d *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= factor * m[col][c]
    return sign * d


def show(name, a):
    print(name)
    for row in a:
        print("  " + " ".join([f"{v:>8}" for v in row]))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", matmul(a, b))
show("b*a", matmul(b, a))
show("a^T", transpose(a))
print(transpose(transpose(a)) == a)

fib = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 100]:
    print("fib matrix power", e, "->", matpow(fib, e)[0][1])

n = 6
hilbert = [[1 / (i + j + 1) for j in range(n)] for i in range(n)]
for row in hilbert[:3]:
    print(" ".join([f"{v:.6f}" for v in row]))
print(f"det(hilbert 4) = {det([r[:4] for r in hilbert[:4]]):.6e}")
print(f"det(I) = {det(identity(5))}")
print(f"det = {det([[2, 0, 1], [1, 3, 2], [1, 1, 2]]):.6f}")
print(f"det singular = {det([[1, 2], [2, 4]])}")

m = [[(i * 7 + j * 3) % 11 - 5 for j in range(8)] for i in range(8)]
p = matmul(m, transpose(m))
print("trace", sum([p[i][i] for i in range(8)]))
print("symmetric", p == transpose(p))
print("row sums", [sum(r) for r in p])
big = matpow([[2, 1], [1, 1]], 60)
print(big)
try:
    matmul(a, a)
except AssertionError as e:
    print("AssertionError:", e)

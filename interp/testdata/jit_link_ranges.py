# JIT: outer loops around compiled inner loops (links and bridges), with
# range() made inside the trace: steps of both signs, empty and one-item
# ranges, bounds that change per outer iteration, ints past int64.
def tri(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += j
    return total

def steps(n):
    out = []
    for s in (1, 2, 3, -1, -2, -7, 5):
        acc = 0
        for k in range(n):
            for j in range(k, k * 3 - 40, s):
                acc += j
            for j in range(k * 3 - 40, k, -s):
                acc -= j
        out.append(acc)
    return out

def one_arg(n):
    acc = 0
    for i in range(n):
        for j in range(i % 5):
            acc += i * j
    return acc

def big_bounds(n):
    acc = 0
    base = 2 ** 62
    for i in range(n):
        for j in range(base + i, base + i + 3):
            acc += j % 1000
        if i == n // 2:
            base = 2 ** 63 + 5
    return acc

def three_deep(n):
    acc = 0.0
    for a in range(n):
        for b in range(a % 7 + 1):
            for c in range(60):
                acc += (a + b) * 0.5 - c
    return acc

print(tri(300))
print(steps(120))
print(one_arg(400))
print(big_bounds(300))
print(three_deep(90))

# Program: spectral norm benchmark (power iteration with A and A^T as functions) at small n, printed with .9f.
import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        result.append(s)
    return result


def eval_at_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        result.append(s)
    return result


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = []
    for k in range(iterations):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)


for n in [1, 2, 5, 10, 25, 50]:
    print(f"n={n:>3} norm={spectral_norm(n, 10):.9f}")

print("matrix corner:")
for i in range(4):
    print("  " + " ".join([f"{eval_a(i, j):.6f}" for j in range(4)]))
denoms = [(i + j) * (i + j + 1) // 2 + i + 1 for i in range(4) for j in range(4)]
print(denoms)

u = [1.0] * 8
history = []
for k in range(6):
    v = eval_ata_times_u(u)
    norm = math.sqrt(sum([x * x for x in v]))
    u = [x / norm for x in v]
    history.append(f"{norm:.9f}")
print(" ".join(history))
print("unit vector:", [f"{x:.4f}" for x in u[:4]])
print(f"check length {sum([x * x for x in u]):.12f}")

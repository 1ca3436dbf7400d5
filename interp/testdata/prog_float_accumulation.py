# Program: float accumulation and numerical methods printed with f"{x:.6f}": sums, series, integration, Newton.
import math

total = 0.0
for i in range(1, 11):
    total += 0.1
    print(f"step {i:>2}: {total:.6f} {total!r}")
print(total == 1.0, abs(total - 1.0) < 1e-12)

kahan_sum = 0.0
c = 0.0
naive = 0.0
for i in range(100000):
    v = 0.1
    naive += v
    y = v - c
    t = kahan_sum + y
    c = (t - kahan_sum) - y
    kahan_sum = t
print(f"naive {naive:.6f} {naive!r}")
print(f"kahan {kahan_sum:.6f} {kahan_sum!r}")

harmonic = 0.0
for k in range(1, 10001):
    harmonic += 1.0 / k
    if k in [1, 10, 100, 1000, 10000]:
        print(f"H({k:>5}) = {harmonic:.6f}  H - ln = {harmonic - math.log(k):.6f}")

leibniz = 0.0
sign = 1.0
for k in range(20000):
    leibniz += sign / (2 * k + 1)
    sign = -sign
print(f"leibniz pi ~ {4 * leibniz:.6f} error {abs(4 * leibniz - math.pi):.6e}")


def f(x):
    return x * x * x - 2 * x - 5


def df(x):
    return 3 * x * x - 2


x = 2.0
for it in range(6):
    x = x - f(x) / df(x)
    print(f"newton {it}: {x:.12f} f={f(x):.3e}")


def integrand(t):
    return math.sqrt(1 - t * t)


for n in [10, 100, 1000]:
    h = 1.0 / n
    s = 0.5 * (integrand(0.0) + integrand(1.0))
    for i in range(1, n):
        s += integrand(i * h)
    print(f"trapezoid n={n:>4}: 4*area = {4 * s * h:.6f}")

balance = 1000.0
for year in range(1, 11):
    balance *= 1.05
    balance = round(balance, 2)
    print(f"year {year:>2}: {balance:>10.2f} {balance:,.2f}")

values = [1e16, 1.0, -1e16, 3.5, 1e-8, -2.25]
acc = 0.0
for v in values:
    acc += v
    print(f"{v:>12g} -> {acc:.6f}")
mean = sum(values) / len(values)
var = sum([(v - mean) ** 2 for v in values]) / len(values)
print(f"mean {mean:.6e} var {var:.6e}")

# JIT: math functions without machine instructions (sin, log, atan2, ...)
# called from compiled loops through Go (call-outs), with many values live
# across the calls, int arguments, and a domain error raised from inside
# a compiled loop and caught outside. Results printed with 10 digits
# (CPython's libm and Go's may differ in the last bit).
import math


def waves(n):
    a = b = c = d = 0.0
    x = 0.05
    k = 0
    for i in range(n):
        s = math.sin(x)
        a += s * 0.5
        b += math.cos(x) - s
        c += math.atan2(x, 1.0 + a * 1e-6) + math.hypot(x, 2)
        d += math.exp(-x) * math.log(x + i)
        k += i % 3
        x += 0.001
    return a, b, c, d, k


for v in waves(3000)[:4]:
    print("%.10f" % v)
print(waves(3000)[4])

# int arguments and two-argument log
t = 0.0
for i in range(1, 2000):
    t += math.log(i) + math.log(i, 2) + math.sqrt(i) + math.degrees(i) * 1e-3
print("%.10f" % t)

# a domain error in the middle of a hot loop
def logs(xs):
    total = 0.0
    for x in xs:
        total += math.log(x)
    return total


try:
    logs([float(i + 1) for i in range(500)] + [0.0, 1.0])
except ValueError as e:
    print("ValueError:", e)
print("%.10f" % logs([float(i + 1) for i in range(500)]))

# the function bound to the name changes while the loop runs
f = math.sin
acc = 0.0
for i in range(400):
    if i == 200:
        f = math.cos
    acc += f(i * 0.01)
print("%.10f" % acc)

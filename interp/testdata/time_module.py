# Checks that the time module is usable without printing nondeterministic values: time() and perf_counter() ordering.
import time
t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(1000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(total)
print(t1 >= t0, p1 >= p0, t0 > 1600000000)
print(type(t0), type(p0))

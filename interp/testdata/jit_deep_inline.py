# JIT: deep call chains inside a hot loop (inlined frames), with an exit deep inside.
def a(x):
    return b(x) + 1

def b(x):
    return c(x) * 2

def c(x):
    return d(x) - 3

def d(x):
    if x > 900:
        return x * 1.5
    return x + 7

def run(n):
    total = 0
    for i in range(n):
        total += a(i)
    return total

print(run(1000))
print(run(1000))

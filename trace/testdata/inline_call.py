# A loop calling a small function: inlined with a guard on the callee.
def sq(x):
    return x * x

def f(n):
    t = 0
    for i in range(n):
        t += sq(i) - 1
    return t

print(f(20))

# JIT: rebinding a global or a function while its loop is compiled is noticed.
def f(x):
    return x + 1

def g(x):
    return x * 2

scale = 3

def run(n):
    total = 0
    for i in range(n):
        total += f(i) * scale
    return total

print(run(500))
f = g
print(run(500))
scale = 0.5
print(run(500))

def h(n):
    global counter
    for i in range(n):
        counter += 1
        if i == 250:
            counter = counter * 1.0
    return counter

counter = 0
print(h(500), counter)

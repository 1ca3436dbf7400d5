# enumerate and zip in loops, and tuples returned by inlined calls: the
# tuples are never allocated (allocation removal).
def divmod2(a, b):
    return a // b, a % b

def f(xs, ys):
    s = 0.0
    q = 0
    for i, x in enumerate(xs):
        s += i * x
    for x, y in zip(xs, ys):
        s += x * y
    for i in range(len(xs)):
        a, b = divmod2(i + 7, 3)
        q += a - b
    return s, q

xs = [0.5 * k for k in range(40)]
ys = [0.25 * k for k in range(40)]
print(f(xs, ys))

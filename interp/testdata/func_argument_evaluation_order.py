# Checks left-to-right evaluation of call arguments, operands and subscripts.
log = []
def v(name, val):
    log.append(name)
    return val
def f(a, b, c=0):
    return a + b + c
print(f(v("a", 1), v("b", 2), c=v("c", 3)), log)
log = []
print(v("x", 1) + v("y", 2) * v("z", 3), log)
log = []
d = {}
d[v("key", "k")] = v("value", 1)
print(d, log)
log = []
xs = [v("e0", 0), v("e1", 1)]
print(xs, log)
log = []
print({v("k1", 1): v("v1", 1), v("k2", 2): v("v2", 2)}, log)

# JIT: exceptions raised inside hot (compiled) loops are caught outside, with correct state.
def divide_all(xs, d):
    total = 0.0
    i = 0
    try:
        while i < len(xs):
            total += xs[i] / d[i]
            i += 1
    except ZeroDivisionError as e:
        print("ZeroDivisionError at", i, "total", total, "-", e)
    return total

xs = [float(k) for k in range(1000)]
d = [1.0] * 1000
d[777] = 0.0
print(divide_all(xs, d))

def index_past(xs):
    s = 0
    try:
        for i in range(len(xs) + 5):
            s += xs[i]
    except IndexError as e:
        print("IndexError:", e, "s =", s)
    return s

print(index_past(list(range(500))))

def int_mod(n):
    r = 0
    for i in range(n, -1, -1):
        r += 1000 % i
    return r

try:
    int_mod(400)
except ZeroDivisionError as e:
    print("caught:", e)

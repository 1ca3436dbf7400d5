# JIT: while loops nested in for loops and the reverse, exits from the
# middle of an inner loop, and an exception raised in an inner loop that
# runs as a bridge and is caught outside.
def collatz_lengths(n):
    out = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        out += steps
    return out

def while_for(n):
    i = 0
    acc = 0
    while i < n:
        for j in range(i % 13):
            acc += j * i
        i += 1
    return acc

def fails_late(n):
    xs = list(range(50))
    acc = 0
    try:
        for k in range(n):
            for i in range(k):
                acc += xs[i]
    except IndexError as e:
        print("IndexError", e, k, acc)
    return acc

def zero_div(n):
    acc = 0
    for k in range(n):
        try:
            for i in range(10):
                acc += 100 // (k - 150 + i)
        except ZeroDivisionError:
            acc += 1
    return acc

print(collatz_lengths(3000))
print(while_for(500))
print(fails_late(200))
print(zero_div(300))

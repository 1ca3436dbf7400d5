# // and % by constants in hot loops (the JIT divides without a divide instruction): both signs, powers of two, extremes, 0
def by_small(lo, hi, step):
    acc = 0
    for x in range(lo, hi, step):
        acc ^= x // 7 + x % 7 + x // -7 + x % -7
        acc ^= x // 101 + x % 101 + x // -101 + x % -101
        acc ^= x // 10 * 3 + x % 10 * 5 + x // -10 * 7 + x % -10 * 11
        acc ^= x // 16 + x % 16 + x // -16 + x % -16
        acc ^= x // 1 + x % 1 + x // -1 + x % -1
        acc ^= x // 2 - x % 2 + x // -2 - x % -2
        acc ^= x // 3 + x % -3 + x // 1024 + x % -1024
    return acc

def by_large(start, n):
    acc = 0
    x = start
    for i in range(n):
        a = x // 1000000007 + x % 1000000007
        b = x // -1000000007 + x % -1000000007
        c = x // 4611686018427387904 + x % 4611686018427387904
        d = x // -9223372036854775807 + x % -9223372036854775807
        e = x // 9223372036854775807 + x % 9223372036854775807
        f = x // -4611686018427387904 + x % -4611686018427387904
        acc ^= (a ^ b ^ c ^ d ^ e ^ f) + i
        x += 123456789012345
    return acc

def min_int(n):
    # -2**63 // -1 no longer fits 64 bits; // and % by -2**63 itself.
    m = -9223372036854775807 - 1
    q = [0] * n
    r = [0] * n
    s = [0] * n
    for i in range(n):
        x = m + i % 3
        q[i] = x // -1
        r[i] = x // m + x % m
        s[i] = x // 3 + x % -3 + x % -1
    return q, r, s

def kernel(n):
    xs = list(range(100))
    s = 0
    for k in range(n // 100):
        for i in range(100):
            s += xs[i]
            xs[i] = (xs[i] * 7 + k) % 101
    return s

def zero(n):
    caught = 0
    for i in range(n):
        d = 0 if i == n - 3 else 5
        try:
            caught += i // 5 + i % 5
            if i > n - 5:
                caught += i // (d - d) if d == 0 else i % d
        except ZeroDivisionError as e:
            print("caught", i, e)
    return caught

print(by_small(-2000, 2000, 7))
print(by_small(-9223372036854775807, -9223372036854775807 + 700, 1))
print(by_small(9223372036854775807 - 700, 9223372036854775807, 3))
print(by_large(-9223372036854775807 + 5, 500))
print(by_large(-123456789012345 * 250, 500))
for row in min_int(7):
    print(row)
print(kernel(20000))
print(zero(100))

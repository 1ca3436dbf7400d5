# Checks exact transitions between 64-bit and arbitrary precision ints around 2**63 and 2**64.
m = 9223372036854775807
print(m, m + 1, m + 2)
n = -9223372036854775808
print(n, n - 1, n + 1)
print(-n, abs(n), -(n + 1))
print(m * 2, m * m)
print(n * -1, n * n)
print((m + 1) - 1, (m + 1) - 1 == m)
print(n // -1, n % -1)
print(m + 1 > m, n - 1 < n)
print(2 ** 63 - 1 == m, -(2 ** 63) == n)
print(3037000499 * 3037000499)
print(3037000500 * 3037000500)
print(4294967296 * 4294967296)
print(-4294967296 * 4294967296)
x = m
x += 1
print(x)
x -= 1
print(x, x == m)
print(m - n)
print(n - m)
print(18446744073709551615 + 1, 18446744073709551616 - 1)
print(type(m + 1))

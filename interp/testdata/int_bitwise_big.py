# Checks bitwise operations and shifts on ints beyond 64 bits, including negatives.
a = 2 ** 100 + 2 ** 64 + 5
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | b, -a ^ b)
print(a >> 64, a >> 100, a >> 200)
print(1 << 100, 1 << 64, 1 << 63)
print(-1 << 100)
print(-a >> 3, -a >> 200)
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
print(0xFFFFFFFFFFFFFFFF & -0x10000000000000000)
print(hex(a), bin(b)[:12])
print(9223372036854775807 << 1, 9223372036854775807 + 1 >> 1)
x = 1
for i in range(70):
    x <<= 1
print(x, x >> 69)

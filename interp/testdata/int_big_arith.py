# Checks arbitrary-precision add, subtract, multiply with mixed signs and big/small operands.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a * -7)
print(a + 1, a - 1)
print(-a - b)
print(a * 0, a - a)
print(b * b * b)
f = 1
for i in range(1, 31):
    f = f * i
print(f)
s = 0
for i in range(100):
    s = s + 2 ** i
print(s, s == 2 ** 100 - 1)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(-(10 ** 40) + 10 ** 40)

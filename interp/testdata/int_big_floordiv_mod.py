# Checks arbitrary-precision floor division, modulo and divmod with all sign combinations.
a = 10 ** 40 + 12345
b = 10 ** 20 + 7
for x in [a, -a]:
    for y in [b, -b, 7, -7]:
        print(x // y, x % y)
print(divmod(a, b))
print(divmod(-a, b))
print(2 ** 100 // 2 ** 50 == 2 ** 50)
print(2 ** 100 % 2 ** 50)
print(7 // 10 ** 30, -7 // 10 ** 30)
print(7 % 10 ** 30, -7 % 10 ** 30)
print(10 ** 30 // 10 ** 30, (10 ** 30 - 1) // 10 ** 30)
print((2 ** 64) // 3, (2 ** 64) % 3)
print(-(2 ** 64) // 3, -(2 ** 64) % 3)

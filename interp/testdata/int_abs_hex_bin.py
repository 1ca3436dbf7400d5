# Checks abs, hex and bin on small, negative and big ints.
for x in [0, 1, -1, 255, -255, 2 ** 63, -(2 ** 63), 2 ** 64 + 1]:
    print(abs(x), hex(x), bin(x))
print(abs(-7.5), abs(True))
print(hex(0xDEADBEEF), bin(0b1010))

# Checks big int exponentiation results and their sizes.
print(2 ** 100)
print(3 ** 100)
print((-3) ** 101)
print(10 ** 50)
x = 2 ** 1000
print(len(str(x)))
print(str(x)[:20], str(x)[-20:])
print(12345 ** 12)
print((2 ** 64) ** 2 == 2 ** 128)
print(pow(7, 77))
print(len(str(9 ** 999)))
print((-(2 ** 63)) ** 2)

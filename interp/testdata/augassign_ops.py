# Checks every augmented assignment operator on ints, floats and strings.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xFFF
print(x)
x |= 0x100
print(x)
x ^= 0x1FF
print(x)
x /= 4
print(x)
f = 1.5
f *= 2
f -= 0.5
f **= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
big = 2 ** 62
big += big
print(big)
big *= -big
print(big)

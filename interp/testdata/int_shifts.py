# Checks << and >> on small ints, large shift counts and shifts crossing the 64-bit boundary.
print(1 << 0, 1 << 1, 1 << 10, 5 << 3)
print(1024 >> 3, 1023 >> 3, 7 >> 10, 0 >> 5)
print(1 << 62, 1 << 63, 1 << 64)
print(3 << 62)
print(-3 << 62)
print(255 >> 100, -255 >> 100)
print(2 ** 70 >> 5, 2 ** 70 >> 70, 2 ** 70 >> 71)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
print(True << 3, 1 << True)

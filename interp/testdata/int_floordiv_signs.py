# Checks int floor division rounding toward negative infinity for every sign combination.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3, 7, -7]:
        print(a, "//", b, "=", a // b)
print(-1 // 10, 1 // -10, -10 // 10)
print(9223372036854775807 // -1)
print(-9223372036854775808 // -1)
print(-9223372036854775808 // 1)
print(-9223372036854775807 // 2)

# Checks int modulo taking the sign of the divisor for every sign combination.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3, 7, -7]:
        print(a, "%", b, "=", a % b)
print(-1 % 10, 1 % -10, -10 % 10)
print(-9223372036854775808 % -1)
print(-9223372036854775808 % 3)
print(9223372036854775807 % -2)
for a in [-5, 5]:
    for b in [-3, 3]:
        print(a, b, (a // b) * b + a % b == a)

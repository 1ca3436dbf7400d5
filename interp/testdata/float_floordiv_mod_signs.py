# Checks float floor division and modulo for every sign combination, matching Python semantics.
for a in [7.5, -7.5, 6.0, -6.0, 0.0, 0.5]:
    for b in [2.0, -2.0, 0.75, -0.75]:
        print(a, b, a // b, a % b)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7.0 % 2)
print(1e300 // 1e-10 > 0, 5.5 % 1e300, -5.5 % 1e300)
print(0.1 % 0.01)
print(-1e-20 % 1.0)
print(3.0 // 0.1, 3.0 % 0.1)

# Checks unary minus, plus, invert and not on ints, bools and big ints.
for x in [0, 1, -1, 42, 2 ** 63, -(2 ** 63), 10 ** 30]:
    print(x, -x, +x, ~x, not x)
print(-True, +True, ~True, ~False, not True)
print(- - - 5, ~ ~ 5, not not 5)
print(-(3 - 5), -3 - -5)

# Checks round() with no ndigits: banker's rounding of .5 cases and int result type.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1]:
    print(x, round(x), type(round(x)))
print(round(7), round(-7), type(round(7)))
print(round(1e20), round(-1e20))
print(round(4.5000001), round(4.4999999))
print(round(True))

# Checks abs on ints, big ints, floats, -0.0, inf, bools and the TypeError for strings.
print(abs(5), abs(-5), abs(0), abs(-(2 ** 63)), abs(-(10 ** 30)))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float("-inf")), abs(True), abs(False))
print(type(abs(-3)), type(abs(-3.0)), type(abs(True)))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)

# Checks that str() and repr() of floats agree, also inside containers and in string concatenation.
vals = [0.1, 1e16, 1e-5, 123.0, -0.0, 1 / 3, 2.5e-7, 1e100, 12345678901234567.0]
for v in vals:
    print(str(v), repr(v), str(v) == repr(v))
print(vals)
print((0.1, 0.2))
print({"x": 0.30000000000000004})
print("value: " + str(2.0))

# Checks ZeroDivisionError messages for / // % divmod on ints and floats, and 0.0 ** negative.
cases = [(1, 0), (1.0, 0), (1, 0.0), (-0.0, 0.0), (10 ** 30, 0)]
for a, b in cases:
    for op in ["/", "//", "%", "divmod"]:
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print("no error", r)
        except ZeroDivisionError as e:
            print(repr(a), op, repr(b), "->", e)
try:
    x = 5
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)

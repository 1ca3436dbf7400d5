# Checks float() parsing: whitespace, signs, exponents, inf/nan spellings, underscores and errors.
print(float("1.5"), float(" 1.5 "), float("-2"), float("+3.25"))
print(float("1e3"), float("1E-3"), float(".5"), float("5."), float("1_000.5"))
print(float("inf"), float("-inf"), float("Infinity"), float("-Infinity"), float("INF"), float("+inf"))
print(float("nan"), float("NaN"), float("-nan"))
print(float("0.1"), float("3.141592653589793"), float("1e400"), float("-1e400"), float("1e-400"))
print(float("\n 7 \t"), float("00012"), float(42), float(True))
print(float("123456789012345678901234567890"))
for s in ["x", "", "1.2.3", "1e", "in f", "1_", "--1", "0x10"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)

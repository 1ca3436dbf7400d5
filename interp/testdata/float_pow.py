# Checks float ** with exactly representable results, negative exponents, negative bases and errors.
print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, 0.5 ** 2, 10.0 ** 3)
print((-2.0) ** 3, (-2.0) ** 2, (-8.0) ** 1.0, 0.0 ** 0.0, 0.0 ** 2.0)
print(1.0 ** 1e300, 1.0 ** float("inf"), 2.0 ** float("-inf"), 0.5 ** float("inf"))
print(2 ** 0.5 == 2.0 ** 0.5, 9 ** 0.5, 16 ** 0.25, 2.0 ** 52)
print(type(2 ** 2.0), 2 ** 2.0, 1e10 ** 2)
print(float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2.0, 3), pow(2, 0.5) == 2 ** 0.5, pow(4.0, -0.5))

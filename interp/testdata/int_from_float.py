# Checks int() of floats truncating toward zero, plus bool and int inputs, and errors for inf/nan.
print(int(3.7), int(-3.7), int(0.9), int(-0.9), int(-0.0))
print(int(1e20), int(-1e20))
print(int(2.0 ** 63), int(-2.0 ** 63))
print(int(1.5e300) == 15 * 10 ** 299, int(1e300) % 10 ** 10)
print(int(True), int(False), int(5))
print(int(123456789.99))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

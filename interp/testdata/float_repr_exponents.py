# Checks where float repr switches to exponent notation (1e16, 1e-05) and exponent formatting.
for e in range(12, 19):
    print(10.0 ** e, -(10.0 ** e))
for e in range(1, 8):
    print(10.0 ** -e)
print(1.5e16, 1.5e15, 9999999999999998.0)
print(0.0001, 0.00001, 0.000012345)
print(1.7976931348623157e308, 2.2250738585072014e-308)
print(5e-324, 1e-320)
print(1234567890123456789.0)
print(123e-20, 6.02214076e23)
print(2.0 ** 60, 2.0 ** -20)

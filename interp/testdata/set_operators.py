# Checks set operators | & - ^ on sets of small ints, printed directly, and that operands are unchanged.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b, b - a)
print(a ^ b)
print(a, b)
print(a | set(), a & set(), a - a, a ^ a)
print({1, 2} | {2} | {30}, (a - b) | (b - a) == a ^ b)
try:
    a | [7]
except TypeError as e:
    print(type(e).__name__, e)

# Checks basic int arithmetic: + - * on small ints, precedence, parentheses, unary minus.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a * b, a * -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4 * 5)
print(10 - 2 - 3, 10 - (2 - 3))
print(-a, +a, - -a, -(-a))
print(0 * -1, -0)
print(100 * 100 * 100 * 100)
print(1 + 2 * 3 - 4 * 5 + 6)
x = 7
x = x * x - x
print(x)
print(type(a + b), type(a * b))
print(123456789 * 987654321)

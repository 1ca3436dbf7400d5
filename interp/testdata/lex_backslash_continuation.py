# Checks explicit backslash line continuation in expressions, statements and conditions.
x = 1 + \
    2 + \
3
print(x)
if x == 6 and \
   x > 0:
    print("continued condition")
s = "abc" \
    "def"
print(s)
y = \
    42
print(y)
def g(a, b):
    return a - \
        b
print(g(10, \
        3))
total = 0
for i in \
        range(4):
    total = total + \
            i
print(total)

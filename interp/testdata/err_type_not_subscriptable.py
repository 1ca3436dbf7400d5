# Checks TypeError: 'int' object is not subscriptable.
x = 42
print(x)
print(x[0])

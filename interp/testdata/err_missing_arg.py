# Checks TypeError when a required positional argument is missing.
def f(a, b):
    return a * b
print(f(2, 3))
print(f(1))

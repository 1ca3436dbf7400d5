# Checks "got multiple values for argument" when a parameter is filled positionally and by keyword.
def f(a, b):
    return a + b


try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2], **{"a": 5})
except TypeError as e:
    print(type(e).__name__, e)
print(f(1, b=2))

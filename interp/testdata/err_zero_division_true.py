# Checks an uncaught ZeroDivisionError from int true division: traceback, message 'division by zero', exit 1.
print("computing")
a = 10
b = 0
print(a / b)
print("never printed")

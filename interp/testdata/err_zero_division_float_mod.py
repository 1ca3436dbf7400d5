# Checks an uncaught ZeroDivisionError from float modulo: message 'float modulo'.
x = 5.5
print(x % 2.0)
print(x % 0.0)

# Checks an uncaught ZeroDivisionError from int floor division inside a function.
def halve_by(n, d):
    return n // d
print(halve_by(10, 2))
print(halve_by(10, 0))

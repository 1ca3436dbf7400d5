# Checks an uncaught AssertionError with a message built from an expression.
def check(n):
    assert n >= 0, "n must be non-negative, got " + str(n)
    return n
print(check(1))
print(check(-2))

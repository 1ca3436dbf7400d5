# Checks an uncaught OverflowError: int too large to convert to float.
big = 10 ** 400
print(big > 0)
print(float(big))

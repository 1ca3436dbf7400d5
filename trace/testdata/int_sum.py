# A counted loop over range with int arithmetic.
def f(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

print(f(100))

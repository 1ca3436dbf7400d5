# A while loop carrying a float and an int.
def f(n):
    x = 0.0
    i = 0
    while i < n:
        x = x * 0.5 + i
        i += 1
    return x

print(f(50))

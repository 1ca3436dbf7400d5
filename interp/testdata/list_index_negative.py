# Checks list indexing with negative indices, assignment through indices and IndexError messages.
xs = [10, 20, 30, 40]
print(xs[0], xs[-1], xs[-4], xs[3])
xs[-1] = 99
xs[0] = -5
print(xs)
for i in [4, -5, 100]:
    try:
        print(xs[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    xs[4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    print([][0])
except IndexError as e:
    print("IndexError:", e)
print(xs[True], xs[2 ** 1 - 3])
try:
    print(xs[1.0])
except TypeError as e:
    print("TypeError:", e)

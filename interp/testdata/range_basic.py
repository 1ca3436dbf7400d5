# Checks range with one, two and three arguments, negative steps, empty ranges and conversion to list.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(1, 10, 3)))
print(list(range(5, 0, -1)), list(range(10, -10, -4)), list(range(0)), list(range(5, 2)))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(0, 1, 100)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(10, 0, -3):
    total += i
print(total)
print(list(range(2 ** 64, 2 ** 64 + 3)))

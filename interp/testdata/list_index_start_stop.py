# Checks list.index with start and stop arguments, including negative start and a miss inside the window.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1, 2), xs.index(5, 5, 9), xs.index(3, -2), xs.index(5, -1))
try:
    xs.index(3, 1, 5)
except ValueError as e:
    print("ValueError:", e)

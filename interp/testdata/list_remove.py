# Checks list.remove removing the first equal element and the ValueError when absent.
xs = [1, 2, 3, 2, 1]
xs.remove(2)
print(xs)
xs.remove(1)
print(xs)
xs.remove(1.0)
print(xs)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
ys = ["a", "b"]
print(ys.remove("a"), ys)

# Checks list.pop with no index, positive and negative indices and errors on empty/out-of-range.
xs = [10, 20, 30, 40, 50]
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(-2), xs)
print(xs.pop(1), xs)
print(xs.pop(), xs)
try:
    xs.pop()
except IndexError as e:
    print("IndexError:", e)
ys = [1, 2]
try:
    ys.pop(5)
except IndexError as e:
    print("IndexError:", e)
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)

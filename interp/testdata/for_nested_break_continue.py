# Checks break/continue in nested for loops, including for/else used to break out of two levels.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
target = 12
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target and a < b:
            print("found", a, b)
            break
    else:
        continue
    break
print("a =", a, "b =", b)
count = 0
for x in range(5):
    if x == 3:
        continue
    for y in range(5):
        if y == 3:
            break
        count += 1
print("count", count)

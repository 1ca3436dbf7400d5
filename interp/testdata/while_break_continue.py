# Checks break and continue inside while loops, including nested loops where they affect only the inner loop.
i = 0
out = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    out.append(i)
print(out)
row = 0
while row < 3:
    col = 0
    while True:
        if col == row:
            break
        col += 1
        if col == 1:
            continue
        print("row", row, "col", col)
    row += 1
print("done", row)
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print("collatz steps", steps)

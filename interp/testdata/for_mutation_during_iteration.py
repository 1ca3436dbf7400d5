# Checks iterating over a list that is appended to during the loop, and over a copy while removing.
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys[:]:
    if y % 2 == 0:
        ys.remove(y)
print(ys)
zs = [0, 1, 2]
for i in range(len(zs)):
    zs[i] = zs[i] * 10
print(zs)

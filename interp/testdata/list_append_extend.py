# Checks list.append and list.extend with lists, tuples, strings, ranges, dicts and self-extension.
xs = []
xs.append(1)
xs.append([2, 3])
xs.append("s")
print(xs)
xs.extend([4, 5])
xs.extend((6,))
xs.extend("ab")
xs.extend(range(2))
xs.extend({"k": 1})
xs.extend([])
print(xs)
ys = [1, 2]
ys.extend(ys)
print(ys)
r = ys.append(3)
print(r, ys)
zs = [1]
zs += [2]
zs += "c"
print(zs)
try:
    zs.extend(5)
except TypeError as e:
    print("TypeError:", e)

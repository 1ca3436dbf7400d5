# Checks negative-step slices: [::-1], [k::-1], [:k:-1], [a:b:-c] on lists, strings, tuples and ranges.
xs = list(range(8))
print(xs[::-1], xs[3::-1], xs[:3:-1], xs[6:1:-2], xs[-1:-4:-1])
print(xs[1:6:-1], xs[::-3], xs[-2::-2], xs[100::-3], xs[:-100:-4])
s = "abcdefg"
print(s[::-1], s[4::-1], s[-1::-2], s[5:0:-2])
t = (1, 2, 3, 4)
print(t[::-1], t[2::-1], t[:0:-1])
r = range(10)
print(r[::-1], list(r[::-1][:3]), r[8:2:-3], list(r[8:2:-3]))
print("racecar" == "racecar"[::-1], [1, 2, 1] == [1, 2, 1][::-1])

# Checks str/repr/len of very large and negative ints and round trips through int(str(x)).
x = 3 ** 200
s = str(x)
print(s)
print(len(s), repr(x) == s)
print(int(s) == x)
print(str(-x)[:10])
print(str(10 ** 100))
print(len(str(2 ** 4000)))
print(str(-(2 ** 64)), repr(-(2 ** 64)))
y = 1
for i in range(40):
    y = y * 10 + i % 10
print(y)

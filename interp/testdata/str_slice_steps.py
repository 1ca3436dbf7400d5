# Checks string slicing with positive and negative steps, omitted bounds and negative indices.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::2])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[-3:], s[:-3], s[-5:-2], s[-2:-5:-1])
print(s[1:9:3], s[9:0:-4], s[::3], s[::-3])
print(s[5:5], s[5:4], s[-1:-1])
print(s[::10], s[::-10], s[::11])
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
print("abc"[::-1] == "cba")

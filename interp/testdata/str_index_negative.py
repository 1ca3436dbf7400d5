# Checks string indexing with positive and negative indices and caught IndexError.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[2], s[-3])
for i in range(-6, 6):
    print(i, s[i])
try:
    print(s[6])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-7])
except IndexError as e:
    print("IndexError:", e)
print(type(s[0]), len(s[0]))

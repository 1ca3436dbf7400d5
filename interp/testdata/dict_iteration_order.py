# Checks that dicts iterate in insertion order; overwrite keeps position; delete and reinsert moves to end.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 5
print(list(d))
for k in d:
    print(k, d[k])
n = {}
for i in [5, 3, 9, 1, 7]:
    n[i] = i * i
print(n)
n.pop(9)
n[9] = "back"
print(n)

# Checks RuntimeError when a dict changes size during iteration, and the safe list(d) snapshot pattern.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2 == 1:
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 10
print(d)

# Checks exception handling inside loops: continue/break from handlers and accumulating results.
values = ["1", "x", "3", "", "5.5", "7"]
parsed = []
bad = 0
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        bad += 1
        continue
print(parsed, bad)
data = {"a": 1, "b": 2}
for key in ["a", "b", "c", "a"]:
    try:
        print(key, data[key])
    except KeyError:
        print("stopping at", key)
        break
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise RuntimeError("stop")
    except RuntimeError:
        print("stop at", i)
        break

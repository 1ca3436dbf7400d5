# Checks augmented assignment on list items, dict values and nested subscripts, evaluating the index once.
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
print(xs)
d = {"n": 1, "s": "x"}
d["n"] += 1
d["s"] += "yz"
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
calls = []
def idx():
    calls.append("idx")
    return 1
ys = [0, 0]
ys[idx()] += 7
print(ys, calls)
counts = {}
for w in ["a", "b", "a"]:
    counts[w] = counts.get(w, 0) + 1
counts["a"] **= 3
print(counts)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)

# Checks dict.get with and without default, for present, missing and None-valued keys.
d = {"a": 1, "n": None}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 99), d.get("n", "dflt"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(d.get(1.0), {1: "one"}.get(True), {1: "one"}.get(1.0))

# Checks dict.get (with/without default) and setdefault (returns existing or inserts), including the grouping idiom.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get("b", "dflt"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
groups = {}
for word in ["apple", "bean", "avocado", "beet", "corn"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

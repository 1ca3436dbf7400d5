# Checks dict.copy and dict(d) are shallow copies: top-level independent, nested values shared.
orig = {"nums": [1, 2], "name": "x"}
c = orig.copy()
c2 = dict(orig)
c["name"] = "changed"
c["nums"].append(3)
c2["new"] = True
print(orig)
print(c)
print(c2, c is orig, c == orig, c["nums"] is orig["nums"])
orig.clear()
print(orig, c2["nums"])

# Checks iteration over keys(), values() and items(), unpacking items, len of views and list() of views.
d = {"one": 1, "two": 2, "three": 3}
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "two" in d.keys(), 2 in d.values(), ("one", 1) in d.items())
total = 0
for v in d.values():
    total += v
print(total)
print(sorted(d.values(), reverse=True), sorted(d))

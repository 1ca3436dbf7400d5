# Checks dicts of lists and lists of dicts: building, mutating through aliases and printing nested reprs.
people = [{"name": "Ann", "tags": ["a"]}, {"name": "Bob", "tags": []}]
people[1]["tags"].append("b")
people.append({"name": "Cy", "tags": ["c", "d"]})
for p in people:
    print(p["name"], len(p["tags"]), p["tags"])
index = {}
for p in people:
    for t in p["tags"]:
        index[t] = p["name"]
print(index)
tree = {"root": {"left": {"value": 1}, "right": {"value": 2}}}
tree["root"]["left"]["value"] += 10
print(tree)
print([p["name"] for p in people if p["tags"]])

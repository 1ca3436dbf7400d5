# Checks nested defaultdicts, trees of defaultdicts and subclasses of defaultdict.
from collections import defaultdict

def tree():
    return defaultdict(tree)

t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
t["z"]["y"]["w"]["v"] = 3

def to_dict(d):
    return {k: to_dict(v) if isinstance(v, dict) else v for k, v in d.items()}

print(to_dict(t))
print(len(t), len(t["a"]), sorted(t["a"].keys()))

graph = defaultdict(set)
edges = [(1, 2), (2, 3), (1, 3), (3, 4), (4, 1)]
for a, b in edges:
    graph[a].add(b)
    graph[b].add(a)
for node in sorted(graph):
    print(node, sorted(graph[node]))

matrix = defaultdict(lambda: defaultdict(int))
for i in range(4):
    for j in range(4):
        if (i + j) % 3 == 0:
            matrix[i][j] += i * j + 1
print({i: dict(row) for i, row in matrix.items()})

class Registry(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.log = []

    def __missing__(self, key):
        self.log.append(key)
        return super().__missing__(key)

    def total(self):
        return sum(len(v) for v in self.values())

r = Registry()
r["a"].append(1)
r["a"].append(2)
r["b"].append(3)
print(r, r.log, r.total(), type(r).__name__, isinstance(r, defaultdict))
print(r.default_factory)
r2 = r.copy()
print(type(r2).__name__, r2)

class Counting(defaultdict):
    pass

c = Counting(int)
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(c)
print(c.__class__.__name__, c["missing"], len(c))

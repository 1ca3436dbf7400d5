# Checks default identity semantics: == is `is`, instances are hashable by identity and usable as dict/set keys.
class Node:
    def __init__(self, name):
        self.name = name


a = Node("a")
b = Node("a")
print(a == a, a == b, a != b, a is b)
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
d[a] += 10
print(d[a], d[b])
seen = set()
for n in [a, b, a, a, b]:
    seen.add(n)
print(len(seen), a in seen, Node("a") in seen)
print([a, b].index(b), [a, b, a].count(a), b in [a])
print(hash(a) == hash(a))
visited = {}
for n in [a, b, a]:
    visited[n] = visited.get(n, 0) + 1
print([visited[n] for n in [a, b]])

# Checks user-class instances and classes as dict keys (identity hashing) and a dict-based object registry.
class Node:
    def __init__(self, label):
        self.label = label


n1, n2, n3 = Node("a"), Node("b"), Node("a")
edges = {n1: [n2], n2: [n3], n3: []}
print([n.label for n in edges[n1]], len(edges), n3 in edges, Node("a") in edges)
depth = {n1: 0}
queue = [n1]
while queue:
    cur = queue.pop(0)
    for nxt in edges[cur]:
        if nxt not in depth:
            depth[nxt] = depth[cur] + 1
            queue.append(nxt)
print([(n.label, depth[n]) for n in depth])
by_type = {int: "int", str: "str", Node: "node"}
print(by_type[type(3)], by_type[type(n1)], by_type.get(float, "?"))

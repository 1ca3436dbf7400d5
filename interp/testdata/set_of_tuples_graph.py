# Checks sets of tuples for visited-state tracking (grid BFS) and edges, printed via sorted().
grid = ["..#.",
        ".##.",
        "...."]
start = (0, 0)
seen = {start}
frontier = [start]
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            p = (r + dr, c + dc)
            if 0 <= p[0] < 3 and 0 <= p[1] < 4 and grid[p[0]][p[1]] == "." and p not in seen:
                seen.add(p)
                nxt.append(p)
    frontier = nxt
print(len(seen), sorted(seen))
edges = {(1, 2), (2, 3), (2, 1)}
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(undirected), (3, 2) in edges)

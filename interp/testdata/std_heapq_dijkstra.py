# heapq as a priority queue: Dijkstra's shortest paths on a seeded random graph, with itertools.count tie-breaking.
import heapq
import itertools
import random

random.seed(11)
n = 60
graph = {v: [] for v in range(n)}
for _ in range(240):
    a, b = random.randrange(n), random.randrange(n)
    w = random.randint(1, 20)
    graph[a].append((b, w))
    graph[b].append((a, w))

def dijkstra(src):
    dist = {src: 0}
    tie = itertools.count()
    pq = [(0, next(tie), src)]
    order = []
    while pq:
        d, _, v = heapq.heappop(pq)
        if d > dist.get(v, 10**9):
            continue
        order.append(v)
        for u, w in graph[v]:
            nd = d + w
            if nd < dist.get(u, 10**9):
                dist[u] = nd
                heapq.heappush(pq, (nd, next(tie), u))
    return dist, order

dist, order = dijkstra(0)
print(len(dist), order[:15])
print([dist.get(v) for v in range(20)])
print(heapq.nsmallest(5, dist.items(), key=lambda kv: (kv[1], kv[0])))
print(heapq.nlargest(3, dist.values()))

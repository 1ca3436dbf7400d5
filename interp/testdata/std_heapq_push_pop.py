# heapq heappush/heappop/heapreplace/heappushpop leave lists in CPython's exact order.
import heapq

h = []
for v in [5, 7, 9, 1, 3, 8, 2, 6, 4, 0]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 100), h)
print(heapq.heappushpop([], 3))
tasks = []
for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, item)
print(tasks, [heapq.heappop(tasks) for _ in range(len(tasks))])
sh = []
for w in ["pear", "apple", "fig", "banana", "cherry"]:
    heapq.heappush(sh, w)
print(sh)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((1,), 2),
            lambda: heapq.heappop(5), lambda: heapq.heappush([])]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

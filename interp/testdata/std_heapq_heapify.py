# heapq.heapify, including lists over 2500 items (CPython's cache-friendly order), gives the same arrangement as CPython.
import heapq

x = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(x)
print(x)
y = [(i * 7919) % 101 for i in range(40)]
heapq.heapify(y)
print(y)
big = [(i * 2654435761) % 100003 for i in range(6000)]
heapq.heapify(big)
print(big[:30], big[2990:3010], big[-10:])
acc = 0
for i, v in enumerate(big):
    acc = (acc * 31 + v * (i + 1)) % 1000000007
print(acc)
out = [heapq.heappop(big) for _ in range(20)]
print(out, len(big))
print(all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h)
e = []
heapq.heapify(e)
print(e)

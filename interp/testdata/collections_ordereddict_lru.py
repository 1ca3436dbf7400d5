# Checks an LRU cache built on OrderedDict (move_to_end, popitem(last=False)).
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)

cache = LRU(3)
for i in range(5):
    cache.put(i, i * i)
print(cache.data)
print(cache.get(3), cache.get(0), cache.get(2))
cache.put(5, 25)
cache.put(3, 99)
cache.put(6, 36)
print(cache.data, cache.hits, cache.misses)

def fib_lru(n, cache):
    v = cache.get(n)
    if v is not None:
        return v
    r = n if n < 2 else fib_lru(n - 1, cache) + fib_lru(n - 2, cache)
    cache.put(n, r)
    return r

c2 = LRU(50)
print(fib_lru(60, c2), len(c2.data), list(c2.data)[:5])

total = 0
big = LRU(100)
for i in range(2000):
    k = (i * 7) % 150
    if big.get(k) is None:
        big.data[k] = i
        if len(big.data) > 100:
            big.data.popitem(last=False)
    total += k
print(total, len(big.data), big.hits, big.misses, next(iter(big.data)))

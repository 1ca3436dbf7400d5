# functools.lru_cache: memoized recursion, LRU eviction with maxsize, cache_info counts, typed keys and cache_clear.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

calls = []

@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
sq.cache_clear()
print(sq.cache_info())

@functools.lru_cache
def add(a, b=0):
    calls.append((a, b))
    return a + b

calls.clear()
print(add(1, 2), add(1, 2), add(1, b=2), add(a=1, b=2), add(1.0, 2))
print(calls, add.cache_info())

@functools.lru_cache(maxsize=10, typed=True)
def ident(x):
    calls.append(x)
    return x

calls.clear()
ident(1); ident(1.0); ident(True); ident(1)
print(calls, ident.cache_info().currsize)

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
print(fib.__name__, fib.__wrapped__(10), fib.cache_parameters())
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)

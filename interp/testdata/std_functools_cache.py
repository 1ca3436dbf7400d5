# functools.cache memoizes without a bound; keyword and positional calls are distinct keys.
import functools

count = 0

@functools.cache
def slow_square(n):
    global count
    count += 1
    return n * n

print([slow_square(i % 5) for i in range(20)], count)
print(slow_square.cache_info())

@functools.cache
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100, (1, 5, 10, 25, 50)))
print(ways.cache_info().currsize > 100)
@functools.cache
def kw(a, b=1):
    global count
    count += 1
    return a * b
count = 0
kw(2); kw(2, 1); kw(2, b=1); kw(a=2, b=1); kw(2)
print(count)

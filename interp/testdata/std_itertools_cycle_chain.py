# itertools.cycle saves the first pass; chain and chain.from_iterable are lazy and iterate their sources in order.
import itertools

c = itertools.cycle("abc")
print([next(c) for _ in range(8)])
c = itertools.cycle([])
print(list(c))
c = itertools.cycle(iter([1, 2]))
print([next(c) for _ in range(5)])
print(list(itertools.chain("ab", [1, 2], (3,), range(4, 6))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(["xy", "z", []])))
print(list(itertools.chain.from_iterable([[i, i * i] for i in range(4)])))
ch = itertools.chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)
print(sum(itertools.chain(range(10), range(10))))

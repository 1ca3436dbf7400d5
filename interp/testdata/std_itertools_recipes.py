# Classic itertools recipes: grouper, roundrobin, powerset, flatten, sliding windows, run-length encoding.
import itertools
import operator

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    out = []
    its = [iter(it) for it in iterables]
    while its:
        alive = []
        for it in its:
            for x in itertools.islice(it, 1):
                out.append(x)
                alive.append(it)
        its = alive
    return out

def powerset(xs):
    s = list(xs)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))

def windows(seq, n):
    its = itertools.tee(seq, n)
    for i, it in enumerate(its):
        for _ in itertools.islice(it, i):
            pass
    return zip(*its)

print(list(grouper("ABCDEFG", 3, "x")))
print(roundrobin("ABC", "D", "EF"))
print(list(powerset([1, 2, 3])))
print(list(itertools.chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(windows(range(6), 3)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccddddd")])
print(list(itertools.accumulate(itertools.repeat(2, 6), operator.mul)))
print(sum(itertools.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.compress("abcdef", itertools.cycle([1, 0]))))
print(next(itertools.dropwhile(lambda x: x < 10, itertools.count(3, 4))))

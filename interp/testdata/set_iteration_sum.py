# Checks iterating sets of small ints (deterministic order), sum/min/max/len, and RuntimeError on size change.
s = {5, 3, 1, 7}
print([x for x in s], sum(s), min(s), max(s), len(s))
print(sorted(s, reverse=True), list(frozenset([6, 2, 0])))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)

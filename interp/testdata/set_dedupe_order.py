# Checks the seen-set idiom for order-preserving deduplication and duplicate detection.
def unique(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


print(unique([3, 1, 3, 2, 1, 5, 2]))
print(unique("abracadabra"))
print(unique([(1, 2), (2, 1), (1, 2)]))


def first_dup(xs):
    seen = set()
    for x in xs:
        if x in seen:
            return x
        seen.add(x)
    return None


print(first_dup([5, 1, 4, 1, 5]), first_dup("abc"), len(set([1, 1.0, True])))

# Sorting: recursive merge sort, in-place quicksort (Lomuto partition with
# insertion sort for short ranges) and the builtin sort, on the same
# pseudo-random list of ints; all three must agree.
#
# usage: sorting.py [N]

import sys


def random_list(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append((state >> 33) % 1000000)
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = 0
    j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(xs, lo, hi):
    for i in range(lo + 1, hi + 1):
        v = xs[i]
        j = i - 1
        while j >= lo and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v


def quicksort(xs, lo, hi):
    while hi - lo > 16:
        mid = (lo + hi) // 2
        # median of three to the end as the pivot
        if xs[mid] < xs[lo]:
            xs[mid], xs[lo] = xs[lo], xs[mid]
        if xs[hi] < xs[lo]:
            xs[hi], xs[lo] = xs[lo], xs[hi]
        if xs[mid] < xs[hi]:
            xs[mid], xs[hi] = xs[hi], xs[mid]
        pivot = xs[hi]
        store = lo
        for i in range(lo, hi):
            if xs[i] < pivot:
                xs[i], xs[store] = xs[store], xs[i]
                store += 1
        xs[store], xs[hi] = xs[hi], xs[store]
        # recurse into the smaller side, loop on the larger
        if store - lo < hi - store:
            quicksort(xs, lo, store - 1)
            lo = store + 1
        else:
            quicksort(xs, store + 1, hi)
            hi = store - 1
    insertion_sort(xs, lo, hi)


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 4294967291
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    data = random_list(n, 12345)
    a = merge_sort(data)
    b = data[:]
    quicksort(b, 0, len(b) - 1)
    c = sorted(data)
    print("n = %d, min %d, max %d, median %d" % (n, c[0], c[-1], c[n // 2]))
    print("merge sort ok: %s" % (a == c))
    print("quicksort ok: %s" % (b == c))
    print("digest %d" % digest(c))


main()

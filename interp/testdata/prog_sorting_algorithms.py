# Program: sorting algorithms written as functions (quicksort, mergesort, insertion, heap, counting) checked against sorted().


def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def quicksort(xs):
    if len(xs) <= 1:
        return xs[:]
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quicksort_inplace(a, lo, hi):
    while lo < hi:
        p = partition(a, lo, hi)
        if p - lo < hi - p:
            quicksort_inplace(a, lo, p - 1)
            lo = p + 1
        else:
            quicksort_inplace(a, p + 1, hi)
            hi = p - 1


def merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def mergesort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(mergesort(xs[:mid]), mergesort(xs[mid:]))


def sift_down(a, start, end):
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heapsort(xs):
    a = xs[:]
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def counting_sort(xs, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out


seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


data = [rand(1000) - 500 for i in range(300)]
print("first 12:", data[:12])
expected = sorted(data)
results = {
    "insertion": insertion_sort(data),
    "quick": quicksort(data),
    "merge": mergesort(data),
    "heap": heapsort(data),
    "counting": counting_sort(data, -500, 499),
}
inplace = data[:]
quicksort_inplace(inplace, 0, len(inplace) - 1)
results["quick-inplace"] = inplace
for name, res in results.items():
    print(f"{name:<14} ok={res == expected} min={res[0]} max={res[-1]} median={res[len(res) // 2]}")
print("input untouched:", data[:5], len(data))
words = "the quick brown fox jumps over the lazy dog".split()
print(quicksort(words), mergesort(words) == sorted(words))
print(heapsort([3.5, -1.0, 2.25, 0.0]), insertion_sort([]), mergesort([1]))
print(quicksort([5, 5, 5, 1, 1]), heapsort(list(range(10, 0, -1))))

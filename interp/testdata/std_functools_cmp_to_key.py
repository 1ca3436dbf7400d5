# functools.cmp_to_key turns an old-style comparison function into a sort key.
import functools

def by_len_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_reverse)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) > K(4), K(5).obj)
print(max([4, 9, 2], key=functools.cmp_to_key(lambda a, b: (a % 5) - (b % 5))))

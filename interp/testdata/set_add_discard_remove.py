# Checks set add/discard/remove: duplicates ignored, discard of missing is silent, remove of missing raises KeyError.
s = set()
for x in [5, 3, 5, 1, 3]:
    s.add(x)
print(sorted(s), len(s))
s.discard(3)
s.discard(42)
print(sorted(s))
s.remove(5)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e, e.args)
words = set()
for w in "the cat and the hat and the bat".split():
    words.add(w)
print(sorted(words), "cat" in words, "dog" in words)
try:
    words.remove("dog")
except KeyError as e:
    print(type(e).__name__, e)

# Checks the mutable default pitfall: a list/dict default is shared between calls, and the None-sentinel fix.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []), append_to(4))


def count(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return seen[word]


print(count("x"), count("y"), count("x"), count("x"))


def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe(1), safe(2))
print(append_to(5), append_to(6, bucket=[0]))

# Checks an uncaught KeyError from a defaultdict without a default factory.
from collections import defaultdict
d = defaultdict(None, {"present": 1})
print(d["present"])
print(d["absent"])

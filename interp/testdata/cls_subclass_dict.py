# Checks subclassing dict: __missing__ for defaults, extra methods, and dict behaviour preserved.
class DefaultList(dict):
    def __missing__(self, key):
        value = []
        self[key] = value
        return value


d = DefaultList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    d[word[0]].append(word)
print(d)
print(d.get("z"), "z" in d, len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1

    def most(self):
        return max(self.items(), key=lambda kv: kv[1])


c = Counter()
for ch in "mississippi":
    c.add(ch)
print(c, c["q"], c.most(), isinstance(c, dict))

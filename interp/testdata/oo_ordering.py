# Checks the rich comparisons __lt__/__le__/__gt__/__ge__ and their use by sorted, min, max and list.sort.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts


vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.0", "2"]]
print(sorted(vs))
print(min(vs), max(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
vs.sort(reverse=True)
print(vs)
print(Version("1.0") < Version("1.0.0") < Version("1.1"))

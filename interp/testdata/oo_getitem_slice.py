# Checks __getitem__ receiving slice objects (start/stop/step) as well as ints, for a sequence-like class.
class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Seq(self.data[key])
        print("index", key)
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Seq(%r)" % (self.data,)


s = Seq("abcdefg")
print(s[2], s[-1])
print(s[1:4])
print(s[::2])
print(s[:-2:-1], s[5:])
print(len(s[2:]))

# Checks str.count and str.replace including overlapping patterns, empty patterns and count limits.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("x"), "".count(""))
print(s.replace("a", "o"), s.replace("an", ""), s.replace("a", "A", 2), s.replace("a", "b", 0))
print(s.replace("", "-"), "".replace("", "x"), s.replace("banana", "apple"))
print(s.replace("na", "NA", -1), s.replace("z", "y"))
print("aaaa".replace("aa", "b"), "a.b.c".replace(".", ""))
print(s)

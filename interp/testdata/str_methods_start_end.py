# Checks the optional start/end arguments of str.find, rfind, index, count, startswith and endswith.
s = "hello hello"
print(s.find("l", 4), s.find("l", 4, 8), s.find("o", -3), s.rfind("l", 0, 5), s.find("h", 100))
print(s.index("h", 1), s.count("l", 3), s.count("l", 3, 9), s.count("", 2, 4))
print(s.startswith("hello", 6), s.startswith("lo", 3, 5), s.endswith("hel", 0, 3), s.endswith("llo", -5))
try:
    s.index("h", 1, 6)
except ValueError as e:
    print("ValueError:", e)

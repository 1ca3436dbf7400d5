# Checks find, rfind and index on strings including missing substrings, empty needles.
s = "hello hello"
print(s.find("l"), s.rfind("l"), s.find("hello"), s.rfind("hello"))
print(s.find("z"), s.rfind("z"), s.find(""), s.rfind(""))
print(s.index("o"), s.index("lo"), s.index("hello"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
print("".find(""), "".find("a"), "abc".find("abcd"))

# Checks string equality and ordering by code point, including case, prefixes and non-ASCII.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("A", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("é", "e"), ("Z", "a"), ("10", "9")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9"]))
print(max("hello"), min("hello"))

# Checks that strings are immutable: item assignment raises TypeError and methods return new strings.
s = "hello"
try:
    s[0] = "j"
except TypeError as e:
    print("TypeError:", e)
t = s.upper()
print(s, t)
u = s.replace("l", "L")
print(s, u)
s2 = s
s += " world"
print(s, s2)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)

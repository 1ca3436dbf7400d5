# Checks unary not on various values and combinations with comparisons and membership.
for v in [0, 1, "", "a", [], [1], None, 0.0, 2.5]:
    print(repr(v), not v, not not v)
print(not 1 < 2, not 1 > 2, not "a" in "abc", not "z" in "abc")
print(type(not 5))
a = 3
if not a == 4:
    print("a is not 4")
if not (a > 1 and a < 2):
    print("not in (1,2)")

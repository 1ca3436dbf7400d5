# Checks == and != across different types (never raising) and ordering errors between incompatible types.
print(1 == "1", "1" != 1, [] == (), [1] == (1,), None == 0, {} == [])
print(1 == 1.0, True == 1, 0 == False, 1.0 == True)
print("a" == "a", ("a",) == ("a",), {"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0})
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ("a", 1.5)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print({} < {})
except TypeError as e:
    print("TypeError:", e)

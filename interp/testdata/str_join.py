# Checks str.join with lists, tuples, strings, dict keys, empty iterables and the TypeError for non-strings.
print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), " - ".join(("1", "2", "3")))
print("+".join("abc"))
print("|".join([]), repr("".join([])))
print(", ".join({"k1": 1, "k2": 2}))
print("\n".join(["line1", "line2"]))
print(" ".join([str(i) for i in range(5)]))
print("ab".join(["1", "2", "3"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

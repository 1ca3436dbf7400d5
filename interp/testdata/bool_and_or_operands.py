# Checks that and/or return one of their operands and short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", "" and "y", "x" and "y")
print(None or 0, 0 or None, [] or {}, [0] and [1])
print(0.0 or -0.0, False or 0, 0 or False)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
calls = []
def t(name, value):
    calls.append(name)
    return value
r = t("a", 0) and t("b", 1)
print(r, calls)
calls = []
r = t("a", 1) or t("b", 1)
print(r, calls)
calls = []
r = t("a", 0) or t("b", 0) or t("c", 5)
print(r, calls)
calls = []
r = t("a", 1) and t("b", 2) or t("c", 3)
print(r, calls)
print(not 1 or 2, not (1 or 2), (not 0) and "yes")

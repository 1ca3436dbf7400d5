# Checks truth values of every builtin type via bool(), not, and if.
vals = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 10 ** 30, float("nan")]
for v in vals:
    if v:
        branch = "true"
    else:
        branch = "false"
    print(repr(v), bool(v), not v, branch)
n = 3
while n:
    n -= 1
print("n", n)

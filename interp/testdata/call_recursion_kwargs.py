# Checks recursive calls passing keyword arguments and defaults down the recursion.
def build(n, depth=0, prefix=""):
    if n == 0:
        return [prefix + "leaf@" + str(depth)]
    out = []
    out += build(n - 1, depth=depth + 1, prefix=prefix + "L")
    out += build(n - 1, prefix=prefix + "R", depth=depth + 1)
    return out


print(build(2))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m=m - 1, n=ack(m, n - 1))


print(ack(2, 3))

# Checks def'd functions as values: stored in lists/dicts, passed as arguments and called indirectly.
def double(x):
    return x * 2
def square(x):
    return x * x
def apply_all(funcs, v):
    return [f(v) for f in funcs]
ops = {"d": double, "s": square}
print(ops["d"](5), ops["s"](5))
print(apply_all([double, square, abs, str], -3))
f = square
print(f(7), f is square, f == double)
def compose_apply(f1, f2, v):
    return f1(f2(v))
print(compose_apply(double, square, 3), compose_apply(square, double, 3))
print(max([3, -7, 5], key=square), sorted([-3, 2, -1], key=square))
funcs = [double, square]
print(funcs[1](funcs[0](2)), len(funcs))

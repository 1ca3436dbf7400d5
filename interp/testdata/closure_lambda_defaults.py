# Checks lambdas with default, keyword, *args and **kwargs parameters and immediately-invoked lambdas.
f = lambda a, b=10, *rest, k=1, **kw: (a, b, rest, k, kw)
print(f(1))
print(f(1, 2, 3, 4, k=5, z=6))
print((lambda: "no args")())
print((lambda x: lambda y: x - y)(10)(3))
g = lambda n: 1 if n <= 1 else n * g(n - 1)
print(g(10))
print(f.__name__, (lambda: 0).__name__)
conds = [lambda x: x > 0, lambda x: x % 2 == 0]
print([all(c(v) for c in conds) for v in [-2, 1, 4]])

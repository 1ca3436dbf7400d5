# Checks f-strings with plain expressions, calls, indexing, quotes of the other kind and !r/!s.
name = "World"
n = 7
xs = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}; {n} halved is {n / 2}")
print(f"{xs} {xs[0]} {xs[-1]} {len(xs)} {d['k']}")
print(f"{name!r} {name!s} {xs!r}")
print(f"{'nested quotes'} {name.upper()} {name[::-1]}")
print(f"{n > 5} {None} {3.0} {1e16} {-0.0}")
print(f"")
print(F"capital F {n}")
print(f'{n}' f"{n}")
s = "it's"
print(f"{s!r}", f"{'a' + 'b'}")

# Checks f-strings containing conditional expressions, comprehensions, calls and dict/list lookups.
xs = [3, 1, 2]
d = {"a": 1, "b": 2}
def sq(v):
    return v * v
print(f"{sorted(xs)} {max(xs)} {sum([v * 2 for v in xs])}")
print(f"{'even' if len(xs) % 2 == 0 else 'odd'}")
print(f"{d['a'] + d['b']} {sq(sq(2))} {[c for c in 'hey']}")
print(f"{xs[1:]} {xs[::-1]} {(1, 2)}")
print(f"{','.join([str(v) for v in xs])}")
print(f"{3 * 'ab'} {-xs[0] if xs else 0}")
print(f"{f'{1 + 1}'}")
print(f"{ 1 + 2 } {d['b']:>3} {xs[0]:.1f}")

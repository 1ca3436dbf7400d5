# Checks ValueError "slice step cannot be zero" for reads, assignment and deletion, on lists, strings and tuples.
xs = [1, 2, 3]
for op in [lambda: xs[::0], lambda: "abc"[1::0], lambda: (1, 2)[::0], lambda: range(5)[::0]]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    xs[::0] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del xs[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(xs)

# Indexing lists of floats, with a store into a list.
def f(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
        ys[i] = s
    return s

print(f([1.0, 2.0, 3.0, 4.0], [0.5, 0.25, 0.125, 1.0]))

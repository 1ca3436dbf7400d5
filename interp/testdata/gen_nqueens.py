# Checks a generator-based n-queens solver (recursive generators with yield from) counting and listing solutions.
def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        yield from queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))


for n in range(1, 8):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(8))
print(first)
for r in range(8):
    print("".join("Q" if first[r] == c else "." for c in range(8)))
print(list(queens(4)))

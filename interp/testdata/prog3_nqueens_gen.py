# Program: generator-based n-queens (recursive generators, yield from, a Board class, genexps and solution symmetry classes).
# usage: prog3_nqueens_gen.py [N]
import sys


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag = set()
        self.anti = set()
        self.placed = []

    def free(self, row, col):
        return col not in self.cols and (row - col) not in self.diag and (row + col) not in self.anti

    def place(self, row, col):
        self.cols.add(col)
        self.diag.add(row - col)
        self.anti.add(row + col)
        self.placed.append(col)

    def remove(self, row, col):
        self.cols.discard(col)
        self.diag.discard(row - col)
        self.anti.discard(row + col)
        self.placed.pop()

    def solutions(self, row=0):
        if row == self.n:
            yield tuple(self.placed)
            return
        for col in range(self.n):
            if self.free(row, col):
                self.place(row, col)
                yield from self.solutions(row + 1)
                self.remove(row, col)


def permutation_queens(n):
    def extend(prefix):
        if len(prefix) == n:
            yield prefix
            return
        r = len(prefix)
        for c in range(n):
            if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(prefix)):
                yield from extend(prefix + (c,))
    return extend(())


def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return tuple(out)


def mirror(sol):
    n = len(sol)
    return tuple(n - 1 - c for c in sol)


def canonical(sol):
    forms = []
    s = sol
    for _ in range(4):
        forms.append(s)
        forms.append(mirror(s))
        s = rotate(s)
    return min(forms)


def draw(sol):
    return ["".join("Q" if c == col else "." for c in range(len(sol))) for col in sol]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    board = Board(n)
    gen = board.solutions()
    first = next(gen)
    print("first solution:", first)
    for line in draw(first):
        print(line)
    rest = sum(1 for _ in gen)
    total = rest + 1
    print("solutions for n=%d: %d" % (n, total))
    all_solutions = list(Board(n).solutions())
    same = all_solutions == list(permutation_queens(n))
    print("permutation generator agrees:", same)
    unique = {canonical(s) for s in all_solutions}
    print("distinct up to symmetry:", len(unique))
    checksum = sum(sum((i + 1) * c for i, c in enumerate(s)) for s in all_solutions)
    print("checksum:", checksum)
    print("counts:", [sum(1 for _ in Board(k).solutions()) for k in range(1, min(n, 8) + 1)])
    symmetric = [s for s in all_solutions if rotate(rotate(s)) == s]
    print("180-degree symmetric:", len(symmetric), symmetric[:2])


main()

# N-queens: count all placements of N non-attacking queens by backtracking
# over occupancy lists (columns and both diagonals), and record the first
# solution found.
#
# usage: nqueens.py [N]

import sys


def place(n, row, cols, up, down, board, first):
    if row == n:
        if not first:
            first.extend(board)
        return 1
    found = 0
    for c in range(n):
        u = row + c
        d = row - c + n - 1
        if cols[c] or up[u] or down[d]:
            continue
        cols[c] = True
        up[u] = True
        down[d] = True
        board[row] = c
        found += place(n, row + 1, cols, up, down, board, first)
        cols[c] = False
        up[u] = False
        down[d] = False
    return found


def queens(n):
    first = []
    count = place(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1), [0] * n, first)
    return count, first


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    for k in range(4, n + 1):
        count, first = queens(k)
        print("%2d queens: %6d solutions, first %s" % (k, count, first))


main()

# Binary trees: allocate and walk many perfect binary trees, each node a
# tuple (left, right) with (None, None) for leaves, plus one long-lived
# tree that stays reachable throughout.
#
# usage: binary_trees.py [MAX_DEPTH]

import sys


def build(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (build(depth), build(depth))


def count_nodes(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, count_nodes(build(stretch))))
    long_lived = build(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += count_nodes(build(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
        depth += 2
    print("long lived tree of depth %d\t check: %d" % (max_depth, count_nodes(long_lived)))


main()

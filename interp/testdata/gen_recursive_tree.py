# Checks recursive generators with yield from walking a nested tree (in-order and depth-first with paths).
tree = (5, (3, (1, None, None), (4, None, None)), (8, None, (9, None, None)))


def inorder(node):
    if node is None:
        return
    value, left, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)


print(list(inorder(tree)))


def paths(node, prefix):
    if node is None:
        return
    value, left, right = node
    here = prefix + [value]
    if left is None and right is None:
        yield here
    yield from paths(left, here)
    yield from paths(right, here)


for p in paths(tree, []):
    print(p)


def permutations(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest


print(list(permutations([1, 2, 3])))

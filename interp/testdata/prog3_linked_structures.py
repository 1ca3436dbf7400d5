# Program: linked-structure workout: a singly linked list and a binary search tree of node objects (insert/search/delete).
# usage: prog3_linked_structures.py [N]
import sys

class ListNode:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push_front(self, v):
        self.head = ListNode(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __contains__(self, v):
        return any(x == v for x in self)
    def remove(self, v):
        prev, node = None, self.head
        while node is not None:
            if node.value == v:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False
    def reverse(self):
        prev, node = None, self.head
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev

class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                self.count += 1
                return
            node = child
    def search(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None
    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        self.count -= removed
        return removed == 1
    def _delete(self, node, key):
        if node is None:
            return None, 0
        if key < node.key:
            node.left, r = self._delete(node.left, key)
            return node, r
        if key > node.key:
            node.right, r = self._delete(node.right, key)
            return node, r
        if node.left is None:
            return node.right, 1
        if node.right is None:
            return node.left, 1
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key = succ.key
        node.right, _ = self._delete(node.right, succ.key)
        return node, 1
    def inorder(self):
        return walk(self.root)
    def height(self):
        return depth(self.root)

def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.key
        yield from walk(node.right)

def depth(node):
    return 0 if node is None else 1 + max(depth(node.left), depth(node.right))

def lcg(seed):
    while True:
        seed = seed * 48271 % 2147483647
        yield seed

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = lcg(42)
    keys = [next(rng) % (n * 4) for _ in range(n)]
    ll = LinkedList()
    for k in keys[: n // 10]:
        ll.push_front(k)
    found = sum(1 for k in range(0, n * 4, 37) if k in ll)
    removed = sum(1 for k in keys[n // 20: n // 5] if ll.remove(k))
    ll.reverse()
    print("list: len", len(ll), "found", found, "removed", removed, "first", list(ll)[:5])
    tree = BST()
    for k in keys:
        tree.insert(k)
    print("tree: size", tree.count, "height", tree.height(), "distinct", len(set(keys)))
    hits = sum(1 for k in range(n * 4) if tree.search(k))
    deleted = sum(1 for k in keys[::3] if tree.delete(k))
    items = list(tree.inorder())
    ok = all(items[i] < items[i + 1] for i in range(len(items) - 1))
    print("hits", hits, "deleted", deleted, "left", tree.count, len(items), "sorted", ok)
    print("min/max", items[0], items[-1], "checksum", sum(i * k for i, k in enumerate(items)) % 1000003)

main()

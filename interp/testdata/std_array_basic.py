# array.array construction for each typecode, repr, len, tolist, append, extend, typecode and itemsize.
from array import array
import array as arraymod

for code, init in [("b", [-1, 2]), ("B", [0, 255]), ("h", [-300, 300]), ("H", [65535]), ("i", [1, -2, 3]),
                   ("I", [4000000000]), ("l", [-2**63]), ("L", [2**64 - 1]), ("q", [2**63 - 1]), ("Q", [2**64 - 1]),
                   ("f", [0.1, 1.5, 1e300]), ("d", [0.1, -0.0, 1e-310]), ("u", "hé")]:
    a = array(code, init)
    print(code, a, len(a), a.tolist(), a.typecode, a.itemsize)
print(array("d"), array("i", ()), array("d", [1, 2]), array("i", range(5)), array("d", array("i", [7, 8])))
a = array("i")
a.append(5)
a.append(True)
a.extend([7, 8])
a.extend(array("i", [9]))
a.extend(range(2))
print(a, len(a), str(a), list(a), a.tolist() == list(a))
a.fromlist([1, 2])
print(a, a.count(1), a.index(7), 9 in a, 99 in a)
a.insert(0, -1)
a.insert(100, 100)
a.insert(-1, 50)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
a.reverse()
print(a, arraymod.typecodes)
f = array("f", [1 / 3, 2.5])
print(f, f.tolist())
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1]) == [1], array("b", [1, 2]) < array("b", [1, 3]))
print(sorted(array("h", [3, 1, 2])), sum(array("d", [0.5, 0.25])), max(array("B", [7, 200, 3])))

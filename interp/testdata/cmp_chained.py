# Checks chained comparisons: semantics, short-circuiting and single evaluation of middle operands.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
x = 5
print(0 < x < 10, 0 < x < 5, 5 <= x <= 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
count = [0]
def mid():
    count[0] += 1
    return 5
print(1 < mid() < 10, count[0])
print(10 < mid() < 20, count[0])
def boom():
    print("boom evaluated")
    return 0
print(3 < 2 < boom())
print(1 < 2 < boom())
print("a" < "b" < "c", [1] < [2] < [3])
print(1 < 2.5 < 3, 1 == 1.0 == True)
one = 1
print(one is not None is not False, one is None is None)

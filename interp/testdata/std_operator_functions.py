# operator's function forms of arithmetic, comparison, logical, sequence and in-place operators.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(1024, 3))
print(op.eq(1, 1.0), op.ne("a", "b"), op.lt(1, 2), op.le(2, 2), op.gt([1, 2], [1]), op.ge("a", "b"))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), op.concat([1], [2]), op.concat("ab", "cd"), op.contains("hello", "ell"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"), op.length_hint([1, 2, 3]), op.length_hint(5, 9))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), op.getitem([10, 20, 30], -1), op.getitem("hello", slice(1, 3)))
op.delitem(d, "a")
print(d)
xs = [1]
ys = op.iadd(xs, [2, 3])
print(ys is xs, xs, op.iadd(5, 1), op.imul("ab", 2), op.isub(10, 4), op.ipow(3, 3))
print(op.__add__(1, 2), op.__lt__(3, 1), op.__not__(1), op.__getitem__("xyz", 0))
print(sorted([3, 1, 2], key=op.neg), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
for bad in [lambda: op.add(1), lambda: op.neg(1, 2), lambda: op.add(1, 2, x=3), lambda: op.index(1.5),
            lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.add(1, "a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

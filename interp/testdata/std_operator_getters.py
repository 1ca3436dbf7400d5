# operator.itemgetter, attrgetter and methodcaller: single and multiple items, dotted names, reprs, and use as sort keys.
import operator

rows = [("bob", 25, "x"), ("ann", 31, "y"), ("cy", 25, "a")]
print(sorted(rows, key=operator.itemgetter(1)))
print(sorted(rows, key=operator.itemgetter(1, 0)))
g = operator.itemgetter(2)
print(g("hello"), g([1, 2, 3]), operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter("k")({"k": 9}))
print(repr(g), repr(operator.itemgetter(1, "a")))
print(list(map(operator.itemgetter(0), rows)))
s = operator.methodcaller("split", ",")
print(s("a,b,c"), operator.methodcaller("replace", "a", "o")("banana"), operator.methodcaller("upper")("x"))
print(repr(operator.methodcaller("split", ",", maxsplit=1)))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
def outer():
    pass
def inner():
    pass
outer.tag = "t1"
outer.inner = inner
inner.tag = "t2"
f = operator.attrgetter("tag")
print(f(outer), operator.attrgetter("tag", "inner.tag", "inner.__name__")(outer), repr(f))
print(sorted(["b", "A", "c"], key=operator.methodcaller("lower")))
for bad in [lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: g(), lambda: g("ab"),
            lambda: operator.attrgetter("nope")(outer), lambda: operator.methodcaller(5)]:
    try:
        print(bad())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

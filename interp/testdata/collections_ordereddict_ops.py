# Checks OrderedDict views, reversed, fromkeys, copy, |, setdefault and subclasses.
from collections import OrderedDict

od = OrderedDict.fromkeys("abcd", 0)
print(od)
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())))
print(od.keys() & {"a", "z"} == {"a"}, len(od.keys()), "c" in od.keys())
print(OrderedDict.fromkeys([3, 1, 2]))
c = od.copy()
c["e"] = 5
print(type(c).__name__, c, od)
print(od.setdefault("a", 9), od.setdefault("x", 9), od)
print(od.pop("x"), od.get("nothing", "default"))
m = od | {"q": 1}
print(type(m).__name__, m)
r = {"first": 0} | od
print(type(r).__name__, r)
od |= {"b": 20, "new": 30}
print(od)
od.update(b=200)
print(od)
print(OrderedDict(sorted({"pear": 3, "apple": 1, "fig": 2}.items(), key=lambda kv: kv[1])))

class Stack(OrderedDict):
    def push(self, k, v):
        self[k] = v
        self.move_to_end(k)

    def top(self):
        return next(reversed(self))

s = Stack()
s.push("x", 1)
s.push("y", 2)
s.push("x", 3)
print(s, s.top(), type(s).__name__, isinstance(s, OrderedDict))
print(s.copy(), type(s.copy()).__name__)
print(OrderedDict(a=1) == Stack(a=1))
try:
    OrderedDict(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    hash(OrderedDict())
except TypeError as e:
    print("TypeError", e)

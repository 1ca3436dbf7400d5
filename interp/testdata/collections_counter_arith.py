# Checks Counter arithmetic (+ - & | unary), in-place operators and comparisons.
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+a, -a)
print(Counter() + Counter(), -Counter(x=-1))

x = Counter(a=1)
x += Counter(a=-3, b=2)
print(x)
x = Counter(a=5, b=1)
x -= Counter(a=3, b=1, c=1)
print(x)
x = Counter(a=1, b=3)
x |= Counter(a=2, b=-1, c=4)
print(x)
x = Counter(a=1, b=3, c=2)
x &= Counter(a=2, b=1)
print(x)
y = x
y += Counter(q=1)
print(y is x, x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
print(Counter(a=3, b=1) >= Counter(a=2), Counter(a=3) > Counter(a=2), Counter(a=2) > Counter(a=2))
print(Counter("abc") == Counter("cba"))

def anagram(s, t):
    return Counter(s) == Counter(t)

print(anagram("listen", "silent"), anagram("apple", "paple"), anagram("ab", "abc"))
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, plum=1)
print(inventory - order, order - inventory, inventory & order)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
try:
    Counter(a=1) < 3
except TypeError as e:
    print("TypeError", e)

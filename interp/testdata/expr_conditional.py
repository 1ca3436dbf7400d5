# Checks conditional expressions: nesting, laziness, precedence with other operators.
x = 5
print("pos" if x > 0 else "neg")
print("pos" if -x > 0 else "neg")
for n in [-2, 0, 3]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def loud(v):
    print("evaluated", v)
    return v
r = loud(1) if True else loud(2)
r = loud(3) if False else loud(4)
print(r)
print(1 + (10 if x else 20), (1 + 10) if not x else 20)
y = [i if i % 2 else -i for i in range(6)]
print(y)
print(x if x > 10 else x * 2 if x > 3 else x * 3)

# Checks implicit line joining inside (), [] and {} including comments and odd indentation inside brackets.
xs = [1,
      2,   # a comment inside brackets
  3,
            4]
print(xs)
total = (1 +
         2 +
    3)
print(total)
d = {
    "a": 1,
    "b": [10,
          20],
}
print(d)
def f(a,
      b,
      c=3):
    return a + b * c
print(f(1,
        2))
print(f(
    1,
    2,
    c=10,
))
t = (
    "x",
    "y"
)
print(t)
print(len([
]))
if (1 <
        2):
    print("joined condition")

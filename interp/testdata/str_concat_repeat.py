# Checks string concatenation and repetition including zero/negative counts and augmented forms.
a = "ab"
b = "cd"
print(a + b, b + a, a + "" + b)
print(a * 3, 3 * a, a * 0, a * -2, "" * 5)
print("-" * 20)
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
print(("x" + "y") * 2 + "z")
print(len("abc" * 1000))
print(True * "t", "t" * False)

# Checks round, divmod and pow builtins together with their argument-type errors.
print(round(3.5), round(4.5), round(-3.5), round(3.14159, 2), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 2 ** 32))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-2, 3, 7), pow(5, -2, 13))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)

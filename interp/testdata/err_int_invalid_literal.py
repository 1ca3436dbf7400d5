# Checks ValueError: invalid literal for int() with base 10: 'abc'.
values = ["1", "22", "abc"]
for v in values:
    print(int(v) * 2)

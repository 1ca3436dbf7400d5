# Checks ValueError from list.index of a missing value: '9 is not in list'.
xs = [4, 5, 6]
print(xs.index(5))
print(xs.index(9))

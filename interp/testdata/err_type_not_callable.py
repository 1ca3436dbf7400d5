# Checks TypeError: 'int' object is not callable (calling a rebound name).
total = 10
result = total(5)
print(result)

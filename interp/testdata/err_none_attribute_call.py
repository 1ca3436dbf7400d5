# Checks TypeError when calling a function's None result and subscripting None.
def nothing():
    pass
result = nothing()
print(result)
print(result[0])

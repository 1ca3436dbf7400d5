# Checks SyntaxError "cannot assign to literal" for a number used as a for-loop target.
x = 1
print("not printed")
for 1 in range(3):
    pass

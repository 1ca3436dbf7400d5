# Checks SyntaxError "cannot assign to literal here. Maybe you meant '==' instead of '='?" for 1 = x.
x = 1
print("not printed")
1 = x

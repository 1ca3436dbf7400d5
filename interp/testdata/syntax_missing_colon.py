# Checks SyntaxError "expected ':'" for an if statement without a colon.
x = 5
print("not printed")
if x > 3
    print("big")

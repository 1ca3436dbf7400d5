# Checks IndentationError "unexpected indent" for an over-indented statement.
x = 1
print("not printed")
y = 2
    z = 3

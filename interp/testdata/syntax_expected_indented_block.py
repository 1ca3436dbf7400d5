# Checks IndentationError "expected an indented block after 'if' statement on line N".
x = 1
print("not printed")
if x:
print("unindented body")

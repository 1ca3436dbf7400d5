# Checks SyntaxError "unterminated triple-quoted string literal" that runs to the end of the file.
x = 1
print("not printed")
s = """starts here
and never ends

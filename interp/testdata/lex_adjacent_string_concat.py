# Checks adjacent string literal concatenation including across lines inside parentheses.
s = "abc" 'def'
print(s)
t = ("first "
     "second "
     'third')
print(t)
print("x" "" "y")
print(len("ab" "cd" "ef"))
u = ("multi"
     # a comment between pieces
     "line")
print(u)
print(("a" "b") * 2)
print(f"{1+1}" "two" f"{3}")

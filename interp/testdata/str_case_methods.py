# Checks upper, lower, title, capitalize on mixed text, digits, punctuation, apostrophes and accented letters.
words = ["hello world", "HELLO World", "they're bill's friends", "123abc DEF", "", "o'neil mc-donald", "émile ÉCOLE", "  spaced  out  "]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()))
s = "MiXeD"
print(s.upper().lower(), s)

# Checks startswith/endswith with strings, tuples of prefixes, empty strings.
s = "filename.txt"
print(s.startswith("file"), s.startswith("name"), s.endswith(".txt"), s.endswith(".py"))
print(s.endswith((".py", ".txt")), s.startswith(("x", "y")), s.startswith(()))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"))
print("ab".startswith("abc"), "abc".endswith("abc"))

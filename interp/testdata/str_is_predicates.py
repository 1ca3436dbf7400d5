# Checks isdigit, isalpha and isspace on ASCII, non-ASCII, empty and mixed strings.
for s in ["123", "12.3", "abc", "ABCdef", "abc1", "", " ", " \t\n", "a b", "é", "\u00a0", "日本"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())

# Checks zfill, center, ljust and rjust with widths smaller and larger than the string and fill chars.
for s in ["7", "-42", "+3", "abc", ""]:
    print(repr(s.zfill(5)), repr(s.zfill(1)))
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".center(7, "*")), repr("a".center(4, "-")))
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("ab".ljust(1)))
print(repr("ab".rjust(5)), repr("ab".rjust(5, "0")), repr("abcdef".rjust(3)))
for n in [1, 22, 333]:
    print("|" + str(n).rjust(5) + "|" + str(n).ljust(5) + "|" + str(n).center(5) + "|")

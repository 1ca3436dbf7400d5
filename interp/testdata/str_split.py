# Checks str.split with and without separator, maxsplit, empty fields and whitespace handling.
print("a b  c".split())
print("  leading and trailing  ".split())
print("\ta\nb\r\nc  \x0b d\x0c".split())
print("a,b,,c,".split(","))
print(",a,".split(","))
print("".split(), "".split(","), "   ".split())
print("a::b::c".split("::"))
print("a b c d".split(" ", 2), "a b c d".split(None, 1), "a,b,c".split(",", 0))
print("a b c".split(maxsplit=1), "a,b,c".split(sep=",", maxsplit=-1))
print("  a  b  ".split(" "))
print("abc".split("abc"), "aaa".split("a"))
print("1 2 3".split() == ["1", "2", "3"])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)

# Checks int() parsing of strings: whitespace, signs, underscores, bases 2/8/16/36 and base 0 prefixes.
print(int("42"), int("  -17  "), int("+5"), int("\t8\n"))
print(int("1_000"), int("000123"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1A", 16))
print(int("777", 8), int("0o17", 8), int("1010", 2), int("0b11", 2))
print(int("z", 36), int("Hello", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("99", 0))
print(int("123456789012345678901234567890"))
print(int("-9223372036854775809"))
for s in ["12a", "", " ", "1 2", "1__0", "_1", "0x10", "1.5"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)

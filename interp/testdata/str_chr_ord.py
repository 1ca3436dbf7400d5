# Checks chr/ord round trips for ASCII, Latin-1, BMP and astral code points and their errors.
for c in ["A", "z", "0", " ", "\n", "é", "€", "日", "\U0001F600"]:
    print(repr(c), ord(c), repr(chr(ord(c))))
print(chr(65) + chr(66), chr(0x263A), repr(chr(0)), repr(chr(127)))
print([ord(c) for c in "abc"])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)

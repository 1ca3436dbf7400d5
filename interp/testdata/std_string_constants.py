# string module constants and string.capwords.
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sum(c in string.punctuation for c in "Hello, world! (ok?)"))
print(string.capwords("  hello   wORLD  foo  "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print([c for c in "a1B2_c3" if c in string.ascii_letters])

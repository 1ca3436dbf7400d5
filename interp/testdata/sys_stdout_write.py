# Checks sys.stdout.write: no automatic newline, return value is the number of characters, interleaving with print.
import sys
sys.stdout.write("hello")
sys.stdout.write(" world\n")
n = sys.stdout.write("日本\n")
print(n)
sys.stdout.write("")
print("print after write")
sys.stdout.write("a" + "b" * 3 + "\n")
r = sys.stdout.write(str(42) + "\n")
print(r)

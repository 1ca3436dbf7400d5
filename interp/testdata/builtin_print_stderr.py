# Checks print(file=sys.stderr) goes to stderr (captured in .err) while exit status stays 0.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
print("err", "with", "sep", sep="+", file=sys.stderr)
print("to stdout", end=" END\n", file=sys.stdout)
print("last stderr line", file=sys.stderr)

# Checks sys.argv: the runner invokes scripts as NAME.py with no extra arguments.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(type(sys.argv))

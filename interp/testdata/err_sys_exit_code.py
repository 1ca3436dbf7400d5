# Checks sys.exit(3): exit status 3, no traceback, output before the exit kept.
import sys
print("exiting with 3")
sys.exit(3)
print("never")

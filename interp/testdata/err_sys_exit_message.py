# Checks sys.exit("message"): message printed to stderr and exit status 1.
import sys
print("about to exit")
sys.exit("fatal: something went wrong")

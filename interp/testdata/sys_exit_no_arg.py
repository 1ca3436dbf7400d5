# Checks sys.exit() with no argument exits with status 0 and stops execution, running pending finally blocks.
import sys
print("before exit")
try:
    sys.exit()
finally:
    print("finally runs on exit")
print("never printed")

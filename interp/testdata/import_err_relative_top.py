# Checks a relative import in a top-level module (no parent package).
try:
    import impmod_relative
except ImportError as e:
    print("caught:", e)
import sys
print("impmod_relative" in sys.modules)
import impmod_relative

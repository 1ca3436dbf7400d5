# Checks sys.modules: membership, removal forces a re-import, replacement and None entries.
import sys

print("impmod_basic" in sys.modules)
import impmod_basic

print("impmod_basic" in sys.modules, "__main__" in sys.modules, "sys" in sys.modules)
first = impmod_basic
del sys.modules["impmod_basic"]
import impmod_basic

print(first is impmod_basic, first.GREETING == impmod_basic.GREETING)
sys.modules["impmod_fake"] = first
import impmod_fake

print(impmod_fake is first)
sys.modules["impmod_blocked"] = None
try:
    import impmod_blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(sys.modules["__main__"].first is first)
print(type(sys.modules).__name__)

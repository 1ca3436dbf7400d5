# Checks missing submodules and names: caught errors with their attributes, then an uncaught one.
try:
    import imppkg_shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import impmod_basic.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from imppkg_lazy import missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from impmod_nowhere.deep import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
from imppkg_shapes import nope

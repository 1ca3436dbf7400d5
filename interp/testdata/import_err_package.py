# Checks a traceback through a package's submodule that fails during import.
import imppkg_shapes
import sys
try:
    import imppkg_shapes.bad
except IndexError as e:
    print("IndexError:", e, "imppkg_shapes.bad" in sys.modules, hasattr(imppkg_shapes, "bad"))
import imppkg_shapes.bad

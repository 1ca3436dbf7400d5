"""A package with submodules, a subpackage and relative imports."""
print("imppkg_shapes: init as", __name__, "package", __package__)
from .circle import Circle
from . import square

__all__ = ["Circle", "square", "polygon", "VERSION"]
VERSION = "1.0"

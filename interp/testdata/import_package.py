# Checks a package with submodules and a subpackage using from . and from .. imports, and import *.
import imppkg_shapes

print(imppkg_shapes.__name__, imppkg_shapes.__package__, imppkg_shapes.__doc__)
print(imppkg_shapes.VERSION)
print(imppkg_shapes.Circle(1).area())
print(imppkg_shapes.square.area(3), imppkg_shapes.square.circle_inside(4).area())
print(imppkg_shapes.circle.__package__, imppkg_shapes.geometry.__package__)
print(imppkg_shapes.geometry.constants.__package__)
print(hasattr(imppkg_shapes, "polygon"))
from imppkg_shapes import *

print(polygon.perimeter(6, 2))
print(hasattr(imppkg_shapes, "polygon"), square is imppkg_shapes.square, VERSION)
from imppkg_shapes.geometry.helpers import scaled, VERSION as V2

print(scaled(3, 1), V2)
print(len(imppkg_shapes.__path__), imppkg_shapes.geometry.__path__[0].endswith("geometry"))

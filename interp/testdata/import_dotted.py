# Checks import a.b.c: binds the top-level package, submodules reachable as attributes.
import sys
import imppkg_shapes.geometry.constants

print(imppkg_shapes.__name__)
print(imppkg_shapes.geometry.__name__)
print(imppkg_shapes.geometry.constants.PI)
print(imppkg_shapes.geometry.constants is sys.modules["imppkg_shapes.geometry.constants"])
print(imppkg_shapes.geometry is sys.modules["imppkg_shapes.geometry"])
import imppkg_shapes.square

print(imppkg_shapes.square.area(5))

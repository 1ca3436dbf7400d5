# Imported only through the package's __all__ (from imppkg_shapes import *).
from .geometry import helpers

print("polygon: loaded")


def perimeter(sides, length):
    return helpers.scaled(sides, length)

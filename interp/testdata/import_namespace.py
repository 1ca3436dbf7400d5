# Checks a namespace package (a directory without __init__.py) and its module.
import imppkg_ns.part

print(imppkg_ns.part.name)
print(imppkg_ns.__name__, imppkg_ns.__file__)
from imppkg_ns import part

print(part is imppkg_ns.part, part.__package__)

# Checks import ... as for modules and submodules, and from-import of a submodule.
import impmod_basic as mb
import imppkg_shapes.circle as circ
from imppkg_shapes import circle as c2
from imppkg_shapes.geometry import constants

print(mb.greet("as"))
print(circ is c2, circ.__name__)
print(circ.Circle(2).area())
print(constants.PI, constants.TAU)
print(mb.__name__, c2.__package__)

# Reaches the parent package with "..".
from .. import VERSION
from ..circle import Circle
from ..geometry import constants as consts
from . import constants

print("helpers: loaded, parent version", VERSION, consts is constants)


def scaled(n, length):
    return n * length * constants.TAU / Circle(1).area() * 2

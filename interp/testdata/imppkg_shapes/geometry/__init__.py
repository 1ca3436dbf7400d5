print("geometry: init as", __name__, "package", __package__)
from .constants import PI, TAU

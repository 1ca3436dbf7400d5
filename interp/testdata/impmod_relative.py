# A top-level module cannot import relatively.
from . import impmod_basic

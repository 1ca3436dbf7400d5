# Checks that the main script cannot import relatively.
print("main", __name__)
from . import impmod_basic

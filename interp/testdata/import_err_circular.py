# Checks the ImportError of a circular from-import of a name not yet bound.
print("before")
import impmod_circ_c
print("not reached")

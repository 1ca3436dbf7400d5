# Checks the ImportError of from module import name when the module lacks it.
from impmod_basic import greet
print(greet("x"))
from impmod_basic import no_such_name

# Checks an uncaught exception whose class is defined in an imported module (qualified name).
from impmod_errors import ValidationError, validate

try:
    validate(-1)
except ValidationError as e:
    print("caught", type(e).__name__, e, type(e).__module__)
print(validate(3))
validate(-2)

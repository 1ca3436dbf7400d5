# Checks a traceback passing through an imported module's body and function.
import impmod_basic
print(impmod_basic.greet("ok"))
import impmod_raise

# Checks that a module runs once: later imports return the same object from sys.modules.
import sys
import impmod_state
import impmod_state as again
from impmod_state import bump
import impmod_state

print(again is impmod_state, sys.modules["impmod_state"] is impmod_state)
print(bump("a"), bump("b"))
print(impmod_state.count, again.log)


def import_inside():
    import impmod_state as local_name
    return local_name.bump("func")


print(import_inside(), impmod_state.count)

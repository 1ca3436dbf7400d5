# Checks that a module's functions use their own module's globals, not the importer's.
import impmod_globals
from impmod_globals import get_x, incr

x = "main x"
counter = 1000
print(get_x(), x)
print(incr(), incr(), counter, impmod_globals.counter)
impmod_globals.x = "changed from main"
print(get_x(), x)
print(impmod_globals.read_main_name(), __name__)


def main_counter():
    global counter
    counter += 1
    return counter


print(main_counter(), impmod_globals.counter)

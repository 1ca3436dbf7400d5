# Checks from module import *: __all__ is respected; without it underscore names are skipped.
from impmod_all import *

print(exported, also_exported, _private_but_listed)
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
from impmod_noall import *

print(public_value, public_func(), PublicClass.__name__)
try:
    print(_private_value)
except NameError as e:
    print("NameError:", e)
try:
    print(_state_alias)
except NameError as e:
    print("NameError:", e)

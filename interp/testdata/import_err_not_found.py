# Checks an uncaught ModuleNotFoundError for a missing module.
import sys
print("start")
import impmod_does_not_exist

# Checks a SyntaxError in an imported module: the import's traceback, then the module's file and line.
print("importing")
import impmod_syntax

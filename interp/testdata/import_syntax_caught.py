# Checks SyntaxError and IndentationError from imported modules, caught: message, line, file.
import sys

for name in ["impmod_syntax", "impmod_indent"]:
    try:
        if name == "impmod_syntax":
            import impmod_syntax
        else:
            import impmod_indent
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, "|", e.lineno, "|", e.filename)
        print(repr(e.text))
    print(name in sys.modules)

# Checks an exception raised inside an except block: both tracebacks, joined by "During handling ...".
def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]
print(parse("12"))
print(parse("zz"))

# Checks try/except/else/finally ordering: else only without exception, finally always.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs before outer handler")
except KeyError as e:
    print("outer caught", e)
try:
    pass
finally:
    print("finally without except")

# Checks exception class hierarchies: except (A, B) as e, handler order, catching via a base class.
class NetError(Exception): pass
class Timeout(NetError): pass
class Refused(NetError): pass
class DiskError(Exception): pass


def fail(kind):
    if kind == "timeout":
        raise Timeout("took too long")
    if kind == "refused":
        raise Refused("port closed")
    if kind == "disk":
        raise DiskError("full")
    if kind == "key":
        raise KeyError(kind)
    return "ok"


for k in ["timeout", "refused", "disk", "key", "none"]:
    try:
        print(fail(k))
    except Timeout as e:
        print("timeout handler:", e)
    except (Refused, DiskError) as e:
        print("tuple handler:", type(e).__name__, e)
    except NetError:
        print("never reached")
    except LookupError as e:
        print("lookup:", repr(e))
    else:
        print("else ran")
    finally:
        print("finally", k)

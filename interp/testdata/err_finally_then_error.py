# Checks that finally blocks run (and print) while an uncaught exception propagates.
def work():
    try:
        print("working")
        return [][1]
    finally:
        print("cleanup")
work()

# Checks that stdout written before an uncaught error is preserved and stderr holds only the traceback.
import sys
for i in range(3):
    print("line", i)
sys.stdout.write("partial line without newline")
print("err line", file=sys.stderr)
{}["boom"]

"""Check testdata/errors.py against CPython: every SyntaxError case must fail
with a matching message on the marked line; every NotImplementedError case
(syntax we do not support) must parse."""
import ast
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "errors.py"
cases = re.split(r"^---\n", open(path, encoding="utf-8").read(), flags=re.M)
bad = 0
for n, case in enumerate(cases):
    want = None
    for i, line in enumerate(case.split("\n"), 1):
        m = re.search(r'### "(.*)"\s*$', line)
        if m:
            want = (i, m.group(1))
    if want is None:
        continue
    line, pattern = want
    try:
        compile(case, "x.py", "exec")
        got = None
    except SyntaxError as e:
        got = (e.lineno, "%s: %s" % (type(e).__name__, e.msg))
    if pattern.startswith("NotImplementedError"):
        try:
            ast.parse(case)
            ok = True
        except SyntaxError:
            ok = False
    else:
        ok = got is not None and got[0] == line and re.search(pattern, got[1])
    if not ok:
        bad += 1
        print("case %d: want line %d %r, got %r" % (n, line, pattern, got))
print("%d cases, %d bad" % (len(cases), bad))
sys.exit(1 if bad else 0)

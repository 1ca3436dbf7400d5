# Syntax error cases, checked by errors_test.go (TestErrorFile) and against
# CPython 3.11 by check_errors.py. Cases are separated by lines "---"; in each
# case the line carrying a "###" comment is the line the error is reported
# on, and the quoted regex must match "Kind: message".
x = = 1  ### "^SyntaxError: invalid syntax$"
---
x = (1 +  ### "SyntaxError: '\(' was never closed"
y = 2
---
foo(1, 2))  ### "SyntaxError: unmatched '\)'"
---
x = [1, 2)  ### "SyntaxError: closing parenthesis '\)' does not match opening parenthesis '\['$"
---
x = [1,
     2)  ### "SyntaxError: closing parenthesis '\)' does not match opening parenthesis '\[' on line 1"
---
if x  ### "SyntaxError: expected ':'"
    pass
---
while x > 0  ### "SyntaxError: expected ':'"
    x -= 1
---
for i in range(3)  ### "SyntaxError: expected ':'"
    pass
---
def f()  ### "SyntaxError: expected ':'"
    pass
---
class C  ### "SyntaxError: expected ':'"
    pass
---
try  ### "SyntaxError: expected ':'"
    pass
except:
    pass
---
def f:  ### "SyntaxError: expected '\('"
    pass
---
x = [1, 2 3]  ### "SyntaxError: invalid syntax. Perhaps you forgot a comma\?"
---
f(a b)  ### "SyntaxError: invalid syntax. Perhaps you forgot a comma\?"
---
d = {'a': 1 'b': 2}  ### "SyntaxError: invalid syntax. Perhaps you forgot a comma\?"
---
x = 1
  y = 2  ### "IndentationError: unexpected indent"
---
if x:
    a = 1
  b = 2  ### "IndentationError: unindent does not match any outer indentation level"
---
if x:
pass  ### "IndentationError: expected an indented block after 'if' statement on line 1"
---
x = 1

if x:

y = 2  ### "IndentationError: expected an indented block after 'if' statement on line 3"
---
for i in x:
    if i:
    pass  ### "IndentationError: expected an indented block after 'if' statement on line 2"
---
def f():
return 1  ### "IndentationError: expected an indented block after function definition on line 1"
---
class C:
x = 1  ### "IndentationError: expected an indented block after class definition on line 1"
---
try:
    pass
except ValueError:
pass  ### "IndentationError: expected an indented block after 'except' statement on line 3"
---
while True:
    pass
else:
pass  ### "IndentationError: expected an indented block after 'else' statement on line 3"
---
with open(f) as g:
pass  ### "IndentationError: expected an indented block after 'with' statement on line 1"
---
if True:
	x = 1
        y = 2  ### "TabError: inconsistent use of tabs and spaces in indentation"
---
1 = x  ### "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='\?"
---
f() = 1  ### "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='\?"
---
a + 1 = 2  ### "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='\?"
---
x = f() = 1  ### "SyntaxError: cannot assign to function call$"
---
None = 1  ### "SyntaxError: cannot assign to None"
---
a, 1 = x  ### "SyntaxError: cannot assign to literal"
---
[a, b, f()] = x  ### "SyntaxError: cannot assign to function call$"
---
for 1 in x:  ### "SyntaxError: cannot assign to literal"
    pass
---
with a as f():  ### "SyntaxError: cannot assign to function call"
    pass
---
[x for 1 in y]  ### "SyntaxError: cannot assign to literal"
---
del f()  ### "SyntaxError: cannot delete function call"
---
del a, 1  ### "SyntaxError: cannot delete literal"
---
f() += 1  ### "SyntaxError: 'function call' is an illegal expression for augmented assignment"
---
a, b += 1  ### "SyntaxError: 'tuple' is an illegal expression for augmented assignment"
---
x = yield = 1  ### "SyntaxError: assignment to yield expression not possible"
---
a, b: int  ### "SyntaxError: only single target \(not tuple\) can be annotated"
---
[a]: int  ### "SyntaxError: only single target \(not list\) can be annotated"
---
f(): int  ### "SyntaxError: illegal target for annotation"
---
if x = 1:  ### "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='\?"
    pass
---
while f() = 1:  ### "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='\?"
    pass
---
x.y := 1  ### "SyntaxError: cannot use assignment expressions with attribute"
---
(a[0] := 1)  ### "SyntaxError: cannot use assignment expressions with subscript"
---
x = 'abc  ### "SyntaxError: unterminated string literal \(detected at line 1\)"
---
y = 1
x = 'abc  ### "SyntaxError: unterminated string literal \(detected at line 2\)"
z = 3
---
x = """abc  ### "SyntaxError: unterminated triple-quoted string literal \(detected at line 4\)"
def

f
---
x = 1abc  ### "SyntaxError: invalid decimal literal"
---
x = 1_  ### "SyntaxError: invalid decimal literal"
---
x = 1__000  ### "SyntaxError: invalid decimal literal"
---
x = 012  ### "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
---
x = 0xg  ### "SyntaxError: invalid hexadecimal literal"
---
x = 0b102  ### "SyntaxError: invalid digit '2' in binary literal"
---
x = 0o9  ### "SyntaxError: invalid digit '9' in octal literal"
---
x = 1e+  ### "SyntaxError: invalid decimal literal"
---
x = a $ b  ### "SyntaxError: invalid syntax"
---
x = a € b  ### "SyntaxError: invalid character '€' \(U\+20AC\)"
---
x = 1 \ + 2  ### "SyntaxError: unexpected character after line continuation character"
---
f(a=1, 2)  ### "SyntaxError: positional argument follows keyword argument$"
---
f(**k, a)  ### "SyntaxError: positional argument follows keyword argument unpacking"
---
f(**k, *a)  ### "SyntaxError: iterable argument unpacking follows keyword argument unpacking"
---
f(x for x in y, 1)  ### "SyntaxError: Generator expression must be parenthesized"
---
f(a.b=1)  ### "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"\?"
---
f(True=1)  ### "SyntaxError: cannot assign to True"
---
def f(a=1, b):  ### "SyntaxError: non-default argument follows default argument"
    pass
---
def f(*):  ### "SyntaxError: named arguments must follow bare \*"
    pass
---
def f(a, /, b, /):  ### "SyntaxError: / may appear only once"
    pass
---
def f(*a, *b):  ### "SyntaxError: \* argument may appear only once"
    pass
---
def f(**k, a):  ### "SyntaxError: arguments cannot follow var-keyword argument"
    pass
---
def f(a, (b, c)):  ### "SyntaxError: Function parameters cannot be parenthesized"
    pass
---
lambda a=1, b: 0  ### "SyntaxError: non-default argument follows default argument"
---
print "hello"  ### "SyntaxError: Missing parentheses in call to 'print'. Did you mean print\(...\)\?"
---
print x, y  ### "SyntaxError: Missing parentheses in call to 'print'"
---
x = 1 if y  ### "SyntaxError: expected 'else' after 'if' expression"
---
x = {1: }  ### "SyntaxError: expression expected after dictionary key and ':'"
---
x = {1: 2, 3}  ### "SyntaxError: ':' expected after dictionary key"
---
x = {a: *b}  ### "SyntaxError: cannot use a starred expression in a dictionary value"
---
[*a for a in b]  ### "SyntaxError: iterable unpacking cannot be used in comprehension"
---
[a, b for a, b in c]  ### "SyntaxError: did you forget parentheses around the comprehension target\?"
---
{**a for a in b}  ### "SyntaxError: dict unpacking cannot be used in dict comprehension"
---
(*a)  ### "SyntaxError: cannot use starred expression here"
---
from m import a,  ### "SyntaxError: trailing comma not allowed without surrounding parentheses"
---
import a.b as c.d  ### "SyntaxError: invalid syntax"
---
try:
    pass
x = 1  ### "SyntaxError: expected 'except' or 'finally' block"
---
try:
    pass
except A, B:  ### "SyntaxError: multiple exception types must be parenthesized"
    pass
---
else:  ### "SyntaxError: invalid syntax"
    pass
---
x = 1 <> 2  ### "SyntaxError: invalid syntax"
---
a := 1  ### "SyntaxError: invalid syntax"
---
return = 1  ### "SyntaxError: invalid syntax"
---
x = f"{}"  ### "SyntaxError: f-string: empty expression not allowed"
---
x = f"{x!z}"  ### "SyntaxError: f-string: invalid conversion character"
---
x = f"{x"  ### "SyntaxError: f-string: expecting '}'"
---
x = f"}"  ### "SyntaxError: f-string: single '}' is not allowed"
---
x = f"{a b}"  ### "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma\?"
---
x = f"{a:{b:{c}}}"  ### "SyntaxError: f-string: expressions nested too deeply"
---
x = "\x4"  ### "SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
---
x = b"é"  ### "SyntaxError: bytes can only contain ASCII literal characters"
---
x = "a" b"b"  ### "SyntaxError: cannot mix bytes and nonbytes literals"
---
x = = 1  ### "SyntaxError: invalid syntax"
y = (
---
x = (  ### "SyntaxError: '\(' was never closed"
y = = 1
---
x = = 1
y = 'abc  ### "SyntaxError: unterminated string literal \(detected at line 2\)"
---
async def f():  ### "NotImplementedError: 'async def' is not supported"
    pass
---
def f():
    async for x in y:  ### "NotImplementedError: 'async for' is not supported"
        pass
---
def f():
    async with x:  ### "NotImplementedError: 'async with' is not supported"
        pass
---
def f():
    return await g()  ### "NotImplementedError: 'await' is not supported"
---
match command:  ### "NotImplementedError: 'match' statements are not supported"
    case "go":
        pass
---
x = 1 + 2j  ### "NotImplementedError: complex numbers are not supported"
---
try:
    pass
except* ValueError:  ### "NotImplementedError: 'except\*' is not supported"
    pass
---
x = "\N{BULLET}"  ### "NotImplementedError: .N\{...\} escapes are not supported"
---
async def f():
    pass
x = = 1  ### "SyntaxError: invalid syntax"

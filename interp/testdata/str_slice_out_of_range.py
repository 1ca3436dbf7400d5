# Checks that out-of-range slice bounds on strings clamp instead of raising.
s = "hello"
print(repr(s[10:]), repr(s[:100]), repr(s[-100:]), repr(s[-100:2]))
print(repr(s[3:100]), repr(s[100:200]), repr(s[-100:-50]))
print(repr(s[100:0:-1]), repr(s[-100::-1]), repr(s[:-100:-1]))
print(repr(s[2:-100]), repr(s[4:1]))
print(repr(s[10 ** 20:]), repr(s[:10 ** 20]), repr(s[-(10 ** 20):]))
print(repr(""[1:5]), repr(""[::-1]))

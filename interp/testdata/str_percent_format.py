# Checks printf-style % formatting: %d %i %s %r %x %5d %-5s %05d %+d %.Ns %% and tuple/single argument forms.
print("%d items" % 5)
print("%i/%d" % (3, 4))
print("%s and %r" % ("str", "str"))
print("%s" % [1, "a"], "%r" % (("t",),))
print("[%5d] [%-5d] [%05d] [%+d]" % (42, 42, 42, 42))
print("[%5s] [%-5s] [%.2s]" % ("ab", "ab", "abcdef"))
print("%x %x %x" % (255, 0, -255))
print("100%% sure, %d%%" % 50)
print("%d" % 3.99, "%d" % -3.99, "%s" % 3.5, "%d" % True)
print("%s %s %s" % (None, True, 1.0))
print("%d" % 2 ** 70)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)

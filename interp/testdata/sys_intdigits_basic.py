# Checks sys.set_int_max_str_digits/get_int_max_str_digits and the limit in both conversion directions.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print(label, "ValueError:", e)

attempt("str", lambda: str(big))
attempt("repr", lambda: repr(big))
attempt("fstring", lambda: f"{big}")
attempt("format", lambda: format(big, ","))
attempt("percent", lambda: "%d" % big)
attempt("percent-s", lambda: "%s" % big)
attempt("list", lambda: str([big]))
attempt("negative", lambda: str(-big))
attempt("hex", lambda: hex(big))
attempt("format-x", lambda: format(big, "x"))
attempt("percent-x", lambda: "%x" % big)
attempt("int-dec", lambda: int("7" * 4301))
attempt("int-ok", lambda: int("7" * 4300) % 1000)
attempt("int-hex", lambda: int("f" * 5000, 16) % 1000)
attempt("int-base8", lambda: int("7" * 5000, 8) % 1000)
attempt("int-base7", lambda: int("6" * 5000, 7))
attempt("exact", lambda: str(10 ** 4300 - 1))
attempt("over", lambda: str(10 ** 4300))

sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
attempt("640-str", lambda: str(10 ** 640))
attempt("640-ok", lambda: str(10 ** 639))
attempt("640-int", lambda: int("1" * 641))
attempt("640-fmt", lambda: f"{-(10 ** 650):>10}")

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt("unlimited", lambda: str(big))
attempt("unlimited-int", lambda: int("9" * 6000) % 7)

sys.set_int_max_str_digits(maxdigits=5001)
attempt("5001", lambda: str(big))
attempt("5001-int", lambda: int("1" * 5002))

for n in [1, 639, -5, True]:
    try:
        sys.set_int_max_str_digits(n)
    except ValueError as e:
        print(n, "ValueError:", e)
for bad in [1.5, "700"]:
    try:
        sys.set_int_max_str_digits(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError:", e)
print(sys.get_int_max_str_digits())

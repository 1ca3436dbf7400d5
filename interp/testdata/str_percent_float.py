# Checks %-formatting of floats: %f %.Nf %e %g with widths, rounding and special values.
x = 3.14159265
print("%f|%.2f|%.0f|%10.3f|%-10.1f|" % (x, x, x, x, x))
print("%e|%.2e|%E" % (x, 123456.0, 0.000123))
print("%g|%g|%g|%g|%.3g" % (x, 1e-5, 1e16, 100000.0, 1234.5))
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05))
print("%f %f %e" % (float("inf"), float("-inf"), float("nan")))
print("%.3f" % 2, "%5.1f%%" % 99.5)
print("%08.3f|%+.2f|% .2f" % (-3.14159, 2.0, 2.0))
print("%.15f" % 0.1, "%.20f" % 0.1)

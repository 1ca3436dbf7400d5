# Checks f-string format specs: precision, width, fill/align, zero padding, thousands and nested specs.
x = 3.14159265358979
n = 42
s = "abc"
print(f"{x:.9f} {x:.2f} {x:.0f} {x:10.4f}|")
print(f"[{n:8}] [{n:<8}] [{s:>10}] [{s:<6}] [{s:^7}]")
print(f"{x:08.3f} {-x:08.3f} {n:05d} {n:+05d}")
print(f"{1234567.891:,.2f} {1000000:,}")
w = 12
p = 3
print(f"[{x:{w}.{p}f}] [{s:>{w}}] [{n:0{p + 2}d}]")
for v in [0.0, 1.0, 0.5, 123.456, -0.001]:
    print(f"{v:.6f} {v:10.2e} {v:g}")
print(f"{s!r:>8}|")

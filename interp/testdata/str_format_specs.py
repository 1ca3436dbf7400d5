# Checks format() spec mini-language through f-strings: fill, align, sign, width, precision, types.
n = 1234.5678
i = 42
print(f"[{i:8}] [{i:<8}] [{i:^8}] [{i:>8}] [{i:*^9}] [{i:08}]")
print(f"[{n:10.2f}] [{n:<10.1f}] [{n:010.3f}] [{n:+.2f}] [{-n:.2f}]")
print(f"[{'s':5}] [{'s':>5}] [{'s':^5}] [{'long string':4}] [{'abc':.2}]")
print(f"{n:e} {n:.2e} {n:E} {n:g} {n:.3g} {1e-7:g} {1e20:g}")
print(f"{i:x} {i:X} {i:o} {i:b} {-i:x} {255:08b}")
print(f"{1234567:,} {1234567.5:,.1f} {10**20:,}")
print(f"{True:d} {3:.2f} {2.0:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{float('inf'):f} {float('nan'):.2f} {-0.0:.1f}")
print(f"{5:+} {-5:+} {5:-} {5: }")
print(f"{12.0:g} {12.5:g} {1234567.0:g} {0.00001:g}")
print(f"{1e16:f}")
print(f"{2**70:d} {-2**70:,}")

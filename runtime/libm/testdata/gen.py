#!/usr/bin/env python3
"""Generate expected results of glibc's libm (as called by CPython 3.11)
for runtime/libm's tests.  Run from this directory: python3 gen.py

Each output file NAME.txt.gz holds one case per line: the hex bits of the
input(s) followed by the hex bits of glibc's result.  Values come from the
C library functions through ctypes (the same functions CPython's math
module and float.__pow__ call); a sample is cross-checked against math.*.
"""
import ctypes, ctypes.util, gzip, math, random, struct

libm = ctypes.CDLL(ctypes.util.find_library("m"))
N = 20000


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def frombits(b):
    return struct.unpack("<d", struct.pack("<Q", b & (2**64 - 1)))[0]


def cfun(name, nargs):
    f = getattr(libm, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * nargs
    return f


R = random.Random(20240611)


def rnd_exp(lo, hi, sign=True):
    """random double with binary exponent in [lo, hi], random mantissa"""
    e = R.randint(lo, hi)
    m = R.getrandbits(52)
    if e < -1022:
        x = frombits(m) * 2.0 ** 0  # subnormal: use raw bits
        x = frombits(R.getrandbits(52))
    else:
        x = frombits(((e + 1023) << 52) | m)
    if sign and R.random() < 0.5:
        x = -x
    return x


def rnd_uniform(a, b):
    return R.uniform(a, b)


def nice(n, scale_list=(1, 10, 100, 1000), lo=-1000, hi=1000):
    out = []
    for _ in range(n):
        s = R.choice(scale_list)
        out.append(R.randint(lo, hi) / s)
    return out


def ulp_neighbors(x, k=2):
    b = bits(x)
    return [frombits(b + d) for d in range(-k, k + 1) if x != 0]


def dedup_fill(vals, gen, n=N):
    seen = set()
    out = []
    for v in vals:
        key = bits(v) if not isinstance(v, tuple) else tuple(bits(t) for t in v)
        if key in seen:
            continue
        seen.add(key)
        out.append(v)
        if len(out) >= n:
            return out
    while len(out) < n:
        v = gen()
        key = bits(v) if not isinstance(v, tuple) else tuple(bits(t) for t in v)
        if key in seen:
            continue
        seen.add(key)
        out.append(v)
    return out


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 2.0, 0.5, 5e-324,
           -5e-324, 2.2250738585072014e-308, 1.7976931348622157e308, -1.7976931348622157e308]


def unary_inputs(name):
    v = list(SPECIAL)
    n4 = N // 4
    if name in ("exp", "expm1"):
        v += [rnd_uniform(-745.2, 709.8) for _ in range(n4)]
        v += [rnd_uniform(-2, 2) for _ in range(n4)]
        v += [rnd_exp(-60, 3) for _ in range(n4 // 2)]
        v += nice(n4 // 2, lo=-7000, hi=7000)
        v += [rnd_uniform(-745.2, -708) for _ in range(300)]
        v += [rnd_uniform(709, 709.8) for _ in range(200)]
        for t in (709.782712893384, -745.1332191019411, -708.3964185322641, -745.1332191019412, 0.0):
            v += ulp_neighbors(t, 5)
        v += list(range(-750, 712))
        gen = lambda: rnd_uniform(-800, 800)
    elif name in ("log", "log2", "log10"):
        v += [rnd_exp(-1074, 1023, False) for _ in range(n4)]
        v += [rnd_uniform(0.5, 2) for _ in range(n4)]
        v += [abs(t) for t in nice(n4 // 2, lo=1, hi=100000)]
        v += [1 + rnd_exp(-60, -8) for _ in range(n4 // 2)]
        v += [float(i) for i in range(1, 3000)]
        v += [10.0 ** i for i in range(-30, 30)] + [2.0 ** i for i in range(-1074, 1024, 7)]
        v += ulp_neighbors(1.0, 20)
        gen = lambda: rnd_exp(-1074, 1023, R.random() < 0.05)
    elif name == "log1p":
        v += [rnd_exp(-70, 10) for _ in range(n4)]
        v += [rnd_uniform(-1, 2) for _ in range(n4)]
        v += [rnd_exp(-1074, 1023, False) for _ in range(n4 // 2)]
        v += nice(n4 // 2, lo=-999, hi=10000)
        v += ulp_neighbors(-1.0, 10)
        gen = lambda: rnd_exp(-80, 20)
    elif name in ("sin", "cos", "tan"):
        v += [rnd_uniform(-10, 10) for _ in range(n4)]
        v += [rnd_exp(-30, 1023) for _ in range(n4)]
        v += nice(n4 // 2, lo=-100000, hi=100000)
        v += [rnd_exp(-60, 3) for _ in range(n4 // 4)]
        # near multiples of pi/2
        for _ in range(n4 // 2):
            k = R.choice([R.randint(1, 20), R.randint(1, 10**6), R.randint(1, 10**15)])
            x = k * math.pi / 2
            v.append(frombits(bits(x) + R.randint(-3, 3)))
        v += [float(i) for i in range(-1000, 1000)] + [10.0 ** i for i in range(-20, 309)]
        v += [2.0 ** i for i in range(-30, 1024)]
        v += [6381956970095103 * 2.0 ** 797, 5319372648326 * 2.0 ** -20]  # classic hard reductions
        gen = lambda: rnd_exp(-30, 1023)
    elif name in ("asin", "acos"):
        v += [rnd_uniform(-1, 1) for _ in range(n4)]
        v += [rnd_exp(-60, -1) for _ in range(n4)]
        v += [R.choice([-1, 1]) * (1 - rnd_exp(-54, -3, False)) for _ in range(n4)]
        v += nice(n4 // 2, scale_list=(1000, 10000), lo=-10000, hi=10000)
        v += [1.5, -1.5, 1.0000000000000002]
        gen = lambda: rnd_uniform(-1, 1)
    elif name == "atan":
        v += [rnd_exp(-60, 80) for _ in range(n4 * 2)]
        v += [rnd_uniform(-4, 4) for _ in range(n4)]
        v += nice(n4 // 2)
        v += [rnd_exp(-1074, 1023) for _ in range(500)]
        gen = lambda: rnd_exp(-100, 100)
    elif name in ("sinh", "cosh"):
        v += [rnd_uniform(-711, 711) for _ in range(n4)]
        v += [rnd_uniform(-3, 3) for _ in range(n4)]
        v += [rnd_exp(-40, 3) for _ in range(n4)]
        v += nice(n4 // 2)
        v += ulp_neighbors(710.4758600739439, 5) + ulp_neighbors(-710.4758600739439, 5)
        gen = lambda: rnd_uniform(-720, 720)
    elif name == "tanh":
        v += [rnd_uniform(-25, 25) for _ in range(n4)]
        v += [rnd_uniform(-2, 2) for _ in range(n4)]
        v += [rnd_exp(-40, 3) for _ in range(n4)]
        v += nice(n4 // 2)
        gen = lambda: rnd_exp(-60, 5)
    elif name == "asinh":
        v += [rnd_exp(-40, 1023) for _ in range(n4)]
        v += [rnd_uniform(-5, 5) for _ in range(n4)]
        v += [rnd_exp(-40, 40) for _ in range(n4)]
        v += nice(n4 // 2)
        gen = lambda: rnd_exp(-60, 60)
    elif name == "acosh":
        v += [1 + rnd_exp(-60, 5, False) for _ in range(n4)]
        v += [rnd_exp(0, 1023, False) for _ in range(n4)]
        v += [rnd_uniform(1, 10) for _ in range(n4)]
        v += [abs(t) for t in nice(n4 // 2)]
        v += ulp_neighbors(1.0, 10)
        gen = lambda: rnd_exp(0, 60, False)
    elif name == "atanh":
        v += [rnd_uniform(-1, 1) for _ in range(n4)]
        v += [rnd_exp(-60, -1) for _ in range(n4)]
        v += [R.choice([-1, 1]) * (1 - rnd_exp(-54, -3, False)) for _ in range(n4)]
        v += nice(n4 // 2, scale_list=(1000, 10000), lo=-10000, hi=10000)
        gen = lambda: rnd_uniform(-1, 1)
    elif name == "cbrt":
        v += [rnd_exp(-1074, 1023) for _ in range(n4)]
        v += [rnd_uniform(-100, 100) for _ in range(n4)]
        v += [float(i ** 3) for i in range(-2000, 2000)] + [(i / 8) ** 3 for i in range(-300, 300)]
        v += nice(n4 // 2)
        gen = lambda: rnd_exp(-1074, 1023)
    else:
        raise ValueError(name)
    R.shuffle(v[len(SPECIAL):])
    return dedup_fill(v, gen)


def pow_inputs():
    v = []
    sp = SPECIAL + [3.0, -3.0, 0.25, -0.5, 1.5, -2.0, 1e300, -1e300, 1e-300]
    for a in sp:
        for b in sp:
            v.append((a, b))
    n8 = N // 8
    for _ in range(n8):  # random positive bases, moderate exponents
        v.append((rnd_exp(-20, 20, False), rnd_uniform(-50, 50)))
    for _ in range(n8):  # integer exponents
        v.append((rnd_uniform(0, 30) * R.choice([1, -1]), float(R.randint(2, 20) * R.choice([1, 1, -1]))))
    for _ in range(n8):  # nice decimals
        v.append((R.randint(1, 1000) / R.choice([1, 10, 100]), R.randint(-300, 300) / R.choice([1, 2, 3, 4, 10, 100])))
    for _ in range(n8 // 2):  # 1/3 etc.
        v.append((float(R.randint(1, 10000)), R.choice([1 / 3, 2 / 3, 0.25, 0.75, 0.1, 1.5, 2.5, -1 / 3, 0.2, 0.3])))
    for _ in range(n8):  # x near 1, large y
        v.append((1 + rnd_exp(-52, -5), rnd_exp(0, 50)))
    for _ in range(n8):  # full range random
        x = rnd_exp(-1074, 1023, False)
        lx = math.log(x) if x > 0 else -745
        t = R.uniform(-745, 709.7)
        y = t / lx if lx != 0 else 1.0
        v.append((x, y))
    for _ in range(n8 // 2):  # negative bases, integer exponents
        v.append((-rnd_exp(-10, 10, False), float(R.randint(-60, 60))))
    for _ in range(n8 // 2):  # exact cases
        b = R.randint(1, 2**17)
        k = R.randint(2, 3)
        v.append((float(b ** k) * 2.0 ** R.randint(-40, 40), 1.0 / k if k != 3 else 1 / 3))
        v.append((float(R.randint(1, 2**26)) ** 2, 0.5 * R.choice([1, 3, -1])))
        v.append((float(R.choice([3, 5, 7, 9, 11, 13])), float(R.randint(2, 35))))
    for _ in range(n8 // 4):  # subnormal / near-overflow results
        x = rnd_exp(-30, 30, False)
        if abs(math.log(x)) < 1e-3:
            continue
        t = R.choice([R.uniform(-745.2, -708), R.uniform(709, 709.8)])
        v.append((x, t / math.log(x)))
    for _ in range(n8 // 4):  # powers of two and midpoint subnormals
        v.append((2.0 ** R.randint(-1074, 1023), R.choice([R.uniform(-3, 3), float(R.randint(-3, 3)), R.randint(-80, 80) / 16])))
        v.append((3 * 2.0 ** -215, 5.0))
    R.shuffle(v[len(sp) ** 2:])
    return dedup_fill(v, lambda: (rnd_exp(-100, 100, False), rnd_uniform(-20, 20)))


def atan2_inputs():
    v = []
    sp = SPECIAL + [3.0, -3.0]
    for a in sp:
        for b in sp:
            v.append((a, b))
    n4 = N // 4
    v += [(rnd_uniform(-10, 10), rnd_uniform(-10, 10)) for _ in range(n4)]
    v += [(rnd_exp(-1074, 1023), rnd_exp(-1074, 1023)) for _ in range(n4)]
    v += [(rnd_exp(-70, 70), rnd_exp(-5, 5)) for _ in range(n4)]
    v += [(R.randint(-100, 100) / 10, R.randint(-100, 100) / 10) for _ in range(n4 // 2)]
    R.shuffle(v[len(sp) ** 2:])
    return dedup_fill(v, lambda: (rnd_exp(-100, 100), rnd_exp(-100, 100)))


def write(name, cases, f, nargs):
    lines = []
    for c in cases:
        args = c if nargs == 2 else (c,)
        r = f(*args)
        lines.append(" ".join("%016x" % bits(a) for a in args) + " %016x\n" % bits(r))
    with gzip.GzipFile(name + ".txt.gz", "wb", mtime=0) as g:
        g.write("".join(lines).encode())


def crosscheck(name, cases, f, nargs):
    pyname = {"pow": "pow"}.get(name, name)
    pf = getattr(math, pyname, None)
    if pf is None:
        return
    bad = 0
    for c in cases[:3000]:
        args = c if nargs == 2 else (c,)
        try:
            a = pf(*args)
        except (ValueError, OverflowError):
            continue
        b = f(*args)
        if bits(a) != bits(b) and not (math.isnan(a) and math.isnan(b)):
            bad += 1
    if bad:
        print("WARNING: %s: %d differences between math.%s and libm" % (name, bad, pyname))


UNARY = ["exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
         "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt"]

if __name__ == "__main__":
    for name in UNARY:
        cases = unary_inputs(name)
        f = cfun(name, 1)
        crosscheck(name, cases, f, 1)
        write(name, cases, f, 1)
        print(name, len(cases))
    for name, gen in (("pow", pow_inputs), ("atan2", atan2_inputs)):
        cases = gen()
        f = cfun(name, 2)
        crosscheck(name, cases, f, 2)
        write(name, cases, f, 2)
        print(name, len(cases))

#!/usr/bin/env python3
"""Regenerates the expectations of package format from the oracle, CPython 3.11.

Run from runtime/format:   python3 testdata/gen.py

Writes golden_test.go (hand-picked edge cases, as Go tables) and
testdata/random.jsonl (seeded random cases, one JSON object per line).
The Go tests never run Python: the generated files are checked in.
"""
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"


def run(fn):
    """(output, error) of fn(): error is 'Kind: message' or ''."""
    try:
        return fn(), ''
    except Exception as e:  # noqa: BLE001 - every Python error is an expectation
        return '', f'{type(e).__name__}: {e}'


def goq(s):
    """A Go interpreted string literal for s."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif 0x20 <= o < 0x7f:
            out.append(ch)
        elif o < 0x80:
            out.append('\\x%02x' % o)
        elif 0xD800 <= o <= 0xDFFF:
            raise ValueError('surrogate in Go literal')
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    out.append('"')
    return ''.join(out)


def frepr(x):
    return repr(x)  # 'inf', '-inf', 'nan' parse with strconv.ParseFloat too


# ---------------------------------------------------------------- operands

def is_mapping(x):
    return not isinstance(x, (tuple, str)) and hasattr(type(x), '__getitem__')


def int_str(v):
    """str(v) for an int of any size (the digit limit lifted)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def op(v):
    """Describe a % operand: type name, numeric value, str, repr, ascii.
    A conversion that raises is recorded as '!' + the error."""
    t = type(v).__name__
    if isinstance(v, bool):
        num = str(int(v))
    elif isinstance(v, int):
        num = int_str(v)
    elif isinstance(v, float):
        num = repr(v)
    else:
        num = ''

    def conv(fn):
        got, err = run(lambda: fn(v))
        return '!' + err if err else got
    return [t, num, conv(str), conv(repr), conv(ascii)]


def pct_case(fmt, args):
    want, err = run(lambda: fmt % args)
    if isinstance(args, tuple):
        ops = [op(a) for a in args]
        mapping = None
    else:
        ops = [op(args)]
        mapping = None
        if is_mapping(args):
            if isinstance(args, dict):
                mapping = {k: op(v) for k, v in args.items()}
            else:
                mapping = {}  # a list: every key is a TypeError
    return fmt, ops, mapping, want, err


# ---------------------------------------------------------------- edge cases

EDGE_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 1e16, 1e-5, 1e22,
    5e-324, 1.7976931348623157e308, 0.1 + 0.2, 123456789012345678.0, 0.1,
    0.5, 1.5, 2.5, -0.5, 0.125, 2.675, 0.375, 1e15, 9999999999999998.0,
    1e-4, 0.0001234, 123.456, -123.456, 1234567.891, 1e100, 1e-100,
    2.2250738585072014e-308, 2.225073858507201e-308, 3.141592653589793,
    100.0, 12345.6789, 0.999999, 9.5, 99.5, 0.05, 1e300, -4.35, 1 / 3,
    -1e-20, 1e17,
]

EDGE_FLOAT_SPECS = [
    '', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', 'e', '.0e', '.1e',
    '.3e', '.16e', '.20e', 'E', 'g', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g',
    'G', '#g', '#.3g', '#.0f', '#.0e', '#', '#.0', '.0', '.1', '.3', '.12',
    '.16', '.17', '%', '.0%', '.2%', 'n', '.3n', '10', '<12', '^12', '=12',
    '012', '+', ' ', '+.2f', ' .2e', '*^14.3f', '015.3f', '+015.3f', ',',
    ',.2f', '_.2f', '018,.2f', '0=+14,.1f', 'z', 'z.1f', 'z.2e', 'z.3g',
    'z.1%', 'z+09.2f', '\u20ac^12.2f', '0<12', 'x=+12', '-', '.30g',
]

EXTRA_FLOAT_CASES = [
    (0.1, '.50f'), (1e300, 'f'), (1e300, '.2f'), (5e-324, '.330f'),
    (5e-324, '.800e'), (0.1, '.60e'), (2.0 ** 0.5, '.100g'), (1e22, '.25g'),
    (123.0, '.4'), (0.0001, '.3'), (1e-5, '.3'), (1e16, '.16'),
    (1e16, '#.3'), (1e16, '#'), (1.0, '#.0'), (1e16, '10'), (1.0, '5'),
    (1.5, '.3'), (1.0, '.3'), (-0.0, '+'), (0.0, ' '), (math.nan, '+'),
    (math.nan, '010'), (-math.inf, '010'), (math.inf, '010,'),
    (math.inf, 'E'), (math.nan, 'F'), (math.inf, '%'), (-math.nan, ''),
    (1234.5, '010,.1f'), (1.5e16, ',.2f'), (1234.5, '_'), (1234.5, '_e'),
    (1234567.0, ','), (1234567.0, 'n'), (-1234567.5, '020,'),
    (-1234567.5, '021_'), (1.0, '\x00<5'), (-1.0, '*=10'), (-1.0, 'x^10'),
    (-0.001, 'z=+10.1f'), (-0.0, 'zn'), (-1e-5, 'z.2%'), (-0.0, 'z.0e'),
    (0.5, '.0%'), (1.0, '.0%'), (0.000125, '.2g'),
    # errors
    (1.0, 'd'), (1.0, 'x'), (1.0, 'c'), (1.0, 's'), (1.0, 'abc'), (1.0, '.'),
    (1.0, '.f'), (1.0, ',_'), (1.0, '_,'), (1.0, ',,'), (1.0, ',n'),
    (1.0, '_n'), (1.0, '.3000000000f'), (1.0, '.' + '9' * 30),
    (1.0, '9' * 30), (1.0, 'j'), (1.0, '\u20ac'), (1.0, '\x01'),
    (1.0, '\U0001F600'), (1.0, '=='), (1.0, '<<<'), (1.0, 'z+'),
    (1.5, '.\u0662f'), (1.5, '\u0663\u0660'), (1.0, ' '),
]

EDGE_INTS = [
    0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -1234567, 2 ** 31,
    2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64,
    123456789012345678, 10 ** 100, -(10 ** 120 + 7), 3 ** 300, 0x10FFFF,
]

EDGE_INT_SPECS = [
    '', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', ',', '_', '_b',
    '_o', '_x', '#_X', '10', '<10', '^10', '=10', '010', '+', ' ', '-',
    '+010', '08,', '09,', '#010x', '#012_b', '#019_X', 'x^+#12_X', 'e',
    '.2e', 'f', '.1f', 'g', '%', '.2%', ',.2f', 'E', 'G', '+.3g', 'z.1f',
]

EXTRA_INT_CASES = [
    (65, 'c'), (65, '5c'), (65, '05c'), (65, '0=5c'), (65, '^5c'),
    (0x1F600, 'c'), (0xE9, '<3c'), (0x10FFFF, 'c'), (0x110000, 'c'), (-1, 'c'),
    (2 ** 70, 'c'), (-2 ** 70, 'c'), (1, '+c'), (1, '#c'), (1, ',c'),
    (1, '_c'), (1, '.2c'), (1, 'z.2c'), (1, 'zc'), (1, 'z'), (1, '.2'),
    (1, 's'), (1, ',x'), (1, ',b'), (1, 'abc'), (1, '.'), (1, ',_'),
    (1, '\u20ac'), (1, '\x01'), (1, '\u0663'), (1, '\u0661\u0660'),
    (2 ** 1024 - 2 ** 970 - 1, 'e'), (2 ** 1024 - 2 ** 970, 'e'),
    (10 ** 400, 'f'), (10 ** 400, '.3000000000f'), (10 ** 4299, 'x'),
    (1, 'x<'), (1, '0<'), (1, '00<'), (1, '<<<'), (10, '=^10'),
    (0, '#b'), (0, '#x'), (-0, '#o'), (1, '#'), (1, '#d'), (1, '#n'),
    (5, 'x^+#10b'), (1234, '0<10'), (-1234, '<010'), (1234, '^010'),
    (-1234, 'x=10,'), (-1234, '0=10,'), (1, '\u20ac>5'), (1, '+08,'),
    (1, ' 08_'), (-2 ** 40, '#_o'), (0xabcdef, '#020_X'),
    (True, 'd'), (False, '#x'),
]

EDGE_STRS = ['abc', '', 'h\u00e9llo', '\u65e5\u672c\u8a9e', '\U0001F600x', 'a b']

EDGE_STR_SPECS = [
    '', 's', '10', '<10', '>10', '^10', '^9', '*^11', '.2', '.0', '10.2',
    '05', '0<5', '0>5', '=10', '+', ' ', '-', '#', 'z', 'd', ',', '_', ',s',
    '\u20ac>8', 'x<', '.10', '\U0001F600^7', 'abc', '.', '\u0663', '.\u0661s',
]

EDGE_ROUND = [
    (2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (1.5, 0), (0.5, 0),
    (-0.5, 0), (-0.4, 0), (25.0, -1), (35.0, -1), (-25.0, -1), (5.0, -1),
    (15.0, -1), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
    (1.7976931348623157e308, -306), (1e308, -308), (9.5e307, -308),
    (5e-324, 323), (5e-324, 324), (5e-324, 400), (1.5, -400), (-1.5, -400),
    (1.5, 400), (math.inf, 2), (-math.inf, -2), (math.nan, -2), (123.456, -2),
    (-123.456, -3), (1e22, -22), (4.5e15, -15), (0.1 + 0.2, 15),
    (0.1 + 0.2, 16), (1.0005, 3), (1.0015, 3), (-0.0, 2), (-0.0, -2),
    (0.0, 0), (123456.789, -5), (123456.789, -6), (550.0, -2), (650.0, -2),
    (0.285, 2), (1.455, 2), (2.0 ** 60 + 2 ** 8, -3), (1e-300, 300),
    (1e-300, 299), (4.35, 1), (-4.35, 1), (0.05, 1), (0.15, 1), (0.25, 1),
]

REPR_FLOATS = EDGE_FLOATS + [
    1e-4, 1e-3, 9.999999999999999e-5, 1.5e-7, 1e23, 2e16 + 8, 1e16 - 2,
    2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 123.0,
    0.3, 1 / 7, 100.5, 1e-7, 4.35, 2.0 ** -1074, 2.0 ** -1022, 1e-323,
    9007199254740993.0, 1.7976931348623155e308, 0.1 * 3, 12345678.9,
    1.23456789e-10, 5e-5, 5e-4, 9.999999999999998e15, 9.999999999999999e22,
]


EDGE_PERCENT = [
    ('%5%', ()), ('%5%', (1,)), ('%-5%|', ()), ('%(a)%', {'a': 1}),
    ('%z', ()), ('%z', (1,)), ('abc%', ()), ('abc%', (1,)), ('%', ()),
    ('%(a', {'a': 1}), ('%(a)s', (1,)), ('%(a)s', 5), ('%s %s', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('abc', {'a': 1}), ('abc', []),
    ('%(a)s', []), ('%s', [1, 2]), ('%(a)s', {'b': 1}), ('%(a)s %(a)d', {'a': 1}),
    ('%(a)s|%(b)5.2f|%(c)x', {'a': 'x', 'b': 2.5, 'c': 255}),
    ('%d', 'a'), ('%x', 'a'), ('%x', 1.0), ('%o', 2.5), ('%d', 3.7), ('%d', -3.7),
    ('%i', 1e20), ('%d', -0.0), ('%u', 2.0 ** 70), ('%d', math.inf),
    ('%d', -math.inf), ('%d', math.nan), ('%f', 'a'), ('%f', [1]),
    ('%f', (10 ** 400,)), ('%f', None), ('%d', None), ('%x', [1]),
    ('%c', 'ab'), ('%c', ''), ('%c', 1.0), ('%c', -1), ('%c', 2 ** 70),
    ('%c', 0x110000), ('%c', '\u00e9'), ('%c', 0x1F600), ('%c', None),
    ('%*d', ('a', 1)), ('%.*f', (2.0, 1.0)), ('%*d', (-5, 1)),
    ('%.*f', (-2, 1.5)), ('%*.*f|', (8, 2, 3.14159)), ('%-*s|', (6, 'ab')),
    ('%.1000000000000f', 1.0), ('%9999999999999999999999d', 1),
    ('%*s', (2 ** 80, 'a')), ('%.*s', (2 ** 40, 'a')), ('%*d', (True, 5)),
    ('%5.2f', 3.14159), ('%-5s|', 'a'), ('%05d', -42), ('%+d', 5), ('% d', 5),
    ('% d', -5), ('%+ d', 5), ('% +d', 5), ('%e', 1.0), ('%g', 1e-5),
    ('%g', 1e16), ('%g', 123456789.0), ('%g', 0.0001), ('%#g', 1.0),
    ('%#.0f', 1.0), ('%#.0e', 1.0), ('%#.3g', 1.0), ('%#x', 255), ('%X', 255),
    ('%x', 255), ('%#X', 255), ('%#o', 8), ('%o', -8), ('%#08x', 255),
    ('%#-8x|', 255), ('%+#08x', 255), ('%-08d|', 5), ('%.5d', 3),
    ('%#.5x', 3), ('%+.5d', -3), ('%08.5d', -3), ('%#10.5o', -3),
    ('%#-10.5X|', 3054), ('% #x', 255), ('%r', 'a'), ('%a', '\u00e9'),
    ('%r', '\u00e9'), ('%%', ()), ('%.3s', 'abcdef'), ('%.3r', 'abcdef'),
    ('%5.1a', '\u00e9'), ('%c', 65), ('%5c|', 65), ('%-5c|', 'x'),
    ('%05c', 65), ('%.0c', 65), ('%hd %ld %Ld', (1, 2, 3)), ('%lld', 1),
    ('%i %u', (1, 2)), ('%s', 1.5), ('%r', 1.5), ('%s', True), ('%d', True),
    ('%x', True), ('%f', True), ('%.50f', 0.1), ('%.0f', 0.5), ('%.0f', 1.5),
    ('%.0f', 2.5), ('%10.4e', -1234.5), ('%G', 1e-10), ('%E', math.inf),
    ('%F', math.nan), ('%05f', math.inf), ('%+f', math.nan), ('%-+8.2f|', 1.0),
    ('% 08.2f', 1.0), ('%010.3e', -1e-300), ('%#5o', 0), ('%#x', 0),
    ('%#X', -255), ('%08s', 'ab'), ('%+s', 'ab'), ('%+5s', 'ab'),
    ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('x', (1,)), ('x', ()),
    ('%s', ((1, 2),)), ('%(a)s %(b)s', {'a': 1}), ('%(a)*d', {'a': 1}),
    ('%(a)(b)s', {'a': 1}), ('%(a(b))s', {'a(b)': 5}), ('%(a)', {'a': 1}),
    ('%(a)5', {'a': 1}), ('%()s', {'': 'empty'}), ('%(\u00e9)s', {'\u00e9': 1}),
    ('%.', 1), ('%.f', 1.25), ('%5.f', 1.25), ('%*', 1), ('%.*', (1,)),
    ('%l', 1), ('%h', 1), ('%l%', 1), ('%--5d|', 1), ('%0-5d|', 1),
    ('%z %d', (1,)), ('%d %z', (1, 2)), ('%\u00e9', 1), ('%\x01', 1),
    ('%\U0001F600', 1), ('ab%\ncd', 1), ('\u00e9\u00e9%y', 1),
    ('%s and %r and %a', ('\u65e5', '\u65e5', '\u65e5')), ('%-6s|', '\u65e5\u672c'),
    ('%6.1s|', '\u65e5\u672c'), ('%d', 10 ** 30), ('%x', -10 ** 30),
    ('%#X', 2 ** 100), ('%.40d', 7), ('%d', 10 ** 4300), ('%x', 10 ** 4300 // 10 ** 4000),
    ('%e', 10 ** 300), ('%g', 2 ** 1024), ('%s', None), ('%r', None),
    ('%s %s %s', (1, 'a', [1])), ('%(x)s%%', {'x': 1}),
]


def edge_tables():
    fl = []
    for x in EDGE_FLOATS:
        for s in EDGE_FLOAT_SPECS:
            fl.append((frepr(x), s) + run(lambda: format(x, s)))
    for x, s in EXTRA_FLOAT_CASES:
        fl.append((frepr(x), s) + run(lambda: format(x, s)))
    it = []
    for x in EDGE_INTS:
        for s in EDGE_INT_SPECS:
            it.append((str(x), s) + run(lambda: format(x, s)))
    for x, s in EXTRA_INT_CASES:
        it.append((str(int(x)), s) + run(lambda: format(int(x), s)))
    st = []
    for x in EDGE_STRS:
        for s in EDGE_STR_SPECS:
            st.append((x, s) + run(lambda: format(x, s)))
    rd = []
    for x, n in EDGE_ROUND:
        got, err = run(lambda: repr(round(x, n)))
        rd.append((frepr(x), n, got, err))
    rp = [(frepr(x), repr(x)) for x in REPR_FLOATS]
    pc = [pct_case(f, a) for f, a in EDGE_PERCENT]
    return fl, it, st, rd, rp, pc


def go_op(o):
    return '{' + ', '.join(goq(p) for p in o) + '}'


def go_mapping(m):
    if m is None:
        return 'nil'
    return 'map[string]op{' + ', '.join(f'{goq(k)}: {go_op(v)}' for k, v in m.items()) + '}'


def write_golden(path):
    fl, it, st, rd, rp, pc = edge_tables()
    w = []
    w.append('// Code generated by testdata/gen.py from CPython %s; DO NOT EDIT.\n' % sys.version.split()[0])
    w.append('\n// Edge-case expectations (CPython 3.11 is the oracle), checked by golden_check_test.go.\n')
    w.append('\npackage format\n')
    w.append('\nvar goldenFloatSpec = []specCase{\n')
    for x, s, want, err in fl:
        w.append(f'\t{{{goq(x)}, {goq(s)}, {goq(want)}, {goq(err)}}},\n')
    w.append('}\n\nvar goldenIntSpec = []specCase{\n')
    for x, s, want, err in it:
        w.append(f'\t{{{goq(x)}, {goq(s)}, {goq(want)}, {goq(err)}}},\n')
    w.append('}\n\nvar goldenStrSpec = []specCase{\n')
    for x, s, want, err in st:
        w.append(f'\t{{{goq(x)}, {goq(s)}, {goq(want)}, {goq(err)}}},\n')
    w.append('}\n\nvar goldenRound = []roundCase{\n')
    for x, n, want, err in rd:
        w.append(f'\t{{{goq(x)}, {n}, {goq(want)}, {goq(err)}}},\n')
    w.append('}\n\nvar goldenRepr = []reprCase{\n')
    for x, want in rp:
        w.append(f'\t{{{goq(x)}, {goq(want)}}},\n')
    w.append('}\n\nvar goldenPercent = []percentCase{\n')
    for f, ops, m, want, err in pc:
        w.append(f'\t{{{goq(f)}, []op{{{", ".join(go_op(o) for o in ops)}}}, {go_mapping(m)}, {goq(want)}, {goq(err)}}},\n')
    w.append('}\n')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(''.join(w))
    return sum(map(len, (fl, it, st, rd, rp, pc)))


# ---------------------------------------------------------------- random cases

def rand_float(r):
    k = r.random()
    if k < 0.30:  # any bit pattern (includes nan, inf, subnormals)
        return struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    if k < 0.55:  # "nice" decimals
        return round(r.uniform(-10 ** r.randint(0, 8), 10 ** r.randint(0, 8)), r.randint(0, 6))
    if k < 0.70:  # dyadic rationals: exact ties for rounding
        return r.randint(-10 ** 6, 10 ** 6) / 2 ** r.randint(0, 12)
    if k < 0.80:  # short decimals across exponents
        return float('%de%d' % (r.randint(1, 99999), r.randint(-30, 30)))
    if k < 0.90:  # around the repr / 'g' thresholds
        return r.choice([1, -1]) * r.choice([1e16, 1e-4, 1e15, 1e17, 1e-5, 9.999999999999999e15, 1e6, 1e5]) * (1 + r.choice([0, 1e-16, -1e-16, 0.5, 1e-10]))
    return r.choice(EDGE_FLOATS)


def rand_float_spec(r):
    s = ''
    if r.random() < 0.35:
        if r.random() < 0.5:
            s += r.choice([' ', '*', '0', 'x', '\u20ac', '=', '<'])
        s += r.choice('<>^=')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.15:
        s += 'z'
    if r.random() < 0.2:
        s += '#'
    if r.random() < 0.2:
        s += '0'
    if r.random() < 0.45:
        s += str(r.randint(0, 30))
    if r.random() < 0.2:
        s += r.choice(',_')
    if r.random() < 0.7:
        s += '.' + str(r.choice([r.randint(0, 20), r.randint(0, 20), r.randint(20, 70)]))
    if r.random() < 0.85:
        s += r.choice('eEfFgGn%')
    return s


def rand_int(r):
    k = r.random()
    if k < 0.5:
        return r.randint(-10 ** r.randint(1, 19), 10 ** r.randint(1, 19))
    if k < 0.8:
        return r.randint(-2 ** 64, 2 ** 64)
    return r.randint(-10 ** r.randint(19, 150), 10 ** r.randint(19, 150))


def rand_int_spec(r):
    s = ''
    if r.random() < 0.35:
        if r.random() < 0.5:
            s += r.choice([' ', '*', '0', 'x', '\u20ac'])
        s += r.choice('<>^=')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.25:
        s += '#'
    if r.random() < 0.25:
        s += '0'
    if r.random() < 0.5:
        s += str(r.randint(0, 40))
    if r.random() < 0.3:
        s += r.choice(',_')
    if r.random() < 0.9:
        s += r.choice('bdoxXndddeEfFgG%')
    return s


def rand_str(r):
    alphabet = 'abc XYZ\u00e9\u65e5\U0001F600'
    return ''.join(r.choice(alphabet) for _ in range(r.randint(0, 12)))


def rand_str_spec(r):
    s = ''
    if r.random() < 0.6:
        if r.random() < 0.5:
            s += r.choice([' ', '*', '0', '\u00e9', '\U0001F600'])
        s += r.choice('<>^')
    if r.random() < 0.15:
        s += '0'
    if r.random() < 0.6:
        s += str(r.randint(0, 20))
    if r.random() < 0.4:
        s += '.' + str(r.randint(0, 14))
    if r.random() < 0.3:
        s += 's'
    return s


def rand_percent(r):
    fmt, args = [], []
    for _ in range(r.randint(1, 3)):
        fmt.append(r.choice(['', 'x=', ' | ', '\u00e9']))
        d = '%'
        flags = ''.join(r.choice('-+ #0') for _ in range(r.choice([0, 0, 1, 2])))
        d += flags
        if r.random() < 0.5:
            if r.random() < 0.15:
                d += '*'
                args.append(r.randint(-12, 12))
            else:
                d += str(r.randint(0, 25))
        if r.random() < 0.5:
            if r.random() < 0.15:
                d += '.*'
                args.append(r.randint(-3, 20))
            else:
                d += '.' + str(r.randint(0, 25))
        conv = r.choice('diuoxXeEfFgGsrac')
        d += conv
        fmt.append(d)
        if conv in 'diuoxX':
            v = rand_int(r) if r.random() < 0.8 else rand_float(r)
        elif conv in 'eEfFgG':
            v = rand_float(r) if r.random() < 0.85 else rand_int(r)
        elif conv == 'c':
            v = r.choice([r.randint(32, 0xD7FF), r.randint(0xE000, 0x2FFFF), r.choice('a\u00e9\U0001F600')])
        else:
            v = r.choice([rand_float(r), rand_int(r), rand_str(r)])
        args.append(v)
    return ''.join(fmt), tuple(args)


def write_random(path, seed=20240611):
    r = random.Random(seed)
    lines = []
    for _ in range(2200):
        x, s = rand_float(r), rand_float_spec(r)
        want, err = run(lambda: format(x, s))
        lines.append({'k': 'float', 'x': frepr(x), 's': s, 'w': want, 'e': err})
    for _ in range(600):
        x, s = rand_int(r), rand_int_spec(r)
        want, err = run(lambda: format(x, s))
        lines.append({'k': 'int', 'x': str(x), 's': s, 'w': want, 'e': err})
    for _ in range(300):
        x, s = rand_str(r), rand_str_spec(r)
        want, err = run(lambda: format(x, s))
        lines.append({'k': 'str', 'x': x, 's': s, 'w': want, 'e': err})
    for _ in range(1000):
        x = rand_float(r)
        lines.append({'k': 'repr', 'x': frepr(x), 'w': repr(x), 'e': ''})
    for _ in range(500):
        x = rand_float(r)
        n = r.choice([r.randint(-5, 8), r.randint(-320, 330)])
        want, err = run(lambda: repr(round(x, n)))
        lines.append({'k': 'round', 'x': frepr(x), 'n': n, 'w': want, 'e': err})
    for _ in range(700):
        f, a = rand_percent(r)
        f, ops, m, want, err = pct_case(f, a)
        lines.append({'k': 'pct', 'f': f, 'a': ops, 'w': want, 'e': err})
    with open(path, 'w', encoding='utf-8') as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=True) + '\n')
    return len(lines)


if __name__ == '__main__':
    n1 = write_golden('golden_test.go')
    n2 = write_random('testdata/random.jsonl')
    print(f'golden_test.go: {n1} cases; testdata/random.jsonl: {n2} cases')

# CRC-32 (the IEEE polynomial, reflected): build the 256-entry table with
# bit operations, then checksum pseudo-random byte lists with the table.
# Small-int bitwise arithmetic and list indexing.
#
# usage: crc32.py [KILOBYTES]

import sys

POLY = 0xEDB88320


def make_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            if c & 1:
                c = POLY ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def crc32(table, data, crc):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def random_bytes(n, seed):
    out = [0] * n
    state = seed
    for i in range(n):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = state >> 24
    return out


def main():
    kb = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    table = make_table()
    print("crc32(b'123456789') = %08x" % crc32(table, [ord(ch) for ch in "123456789"], 0))
    crc = 0
    for block in range(kb // 16 + 1):
        data = random_bytes(16 * 1024, block + 1)
        crc = crc32(table, data, crc)
    print("crc32 of %d blocks = %08x" % (kb // 16 + 1, crc))


main()

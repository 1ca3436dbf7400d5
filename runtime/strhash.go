package runtime

import (
	"math/bits"
	"unicode/utf8"
)

// strHash is CPython's hash() of a str run with PYTHONHASHSEED=0: SipHash-1-3
// with a zero key over the string's canonical representation (one byte per
// code point if all are below 256, else two or four little-endian bytes).
// Matching CPython's string hashes makes sets of strings iterate in the
// order CPython prints them (the corpus goldens use PYTHONHASHSEED=0).
func strHash(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	kind := 1
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			kind = strKind(s)
			break
		}
	}
	var h uint64
	if kind == 1 && asciiOnly(s) {
		h = siphash13([]byte(s))
	} else {
		buf := make([]byte, 0, utf8.RuneCountInString(s)*kind)
		for _, r := range s {
			switch kind {
			case 1:
				buf = append(buf, byte(r))
			case 2:
				buf = append(buf, byte(r), byte(r>>8))
			default:
				buf = append(buf, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
			}
		}
		h = siphash13(buf)
	}
	x := int64(h)
	if x == -1 {
		x = -2
	}
	return x
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// strKind is the PEP 393 kind of s: bytes per code point.
func strKind(s string) int {
	max := rune(0)
	for _, r := range s {
		if r > max {
			max = r
		}
	}
	switch {
	case max < 0x100:
		return 1
	case max < 0x10000:
		return 2
	}
	return 4
}

func siphash13(b []byte) uint64 {
	const k0, k1 = 0, 0
	v0 := uint64(k0 ^ 0x736f6d6570736575)
	v1 := uint64(k1 ^ 0x646f72616e646f6d)
	v2 := uint64(k0 ^ 0x6c7967656e657261)
	v3 := uint64(k1 ^ 0x7465646279746573)
	round := func() {
		v0 += v1
		v2 += v3
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v1
		v0 += v3
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	last := uint64(n) << 56
	for len(b) >= 8 {
		m := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	for i := len(b) - 1; i >= 0; i-- {
		last |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return (v0 ^ v1) ^ (v2 ^ v3)
}

package libm

import (
	"math"
	"math/rand/v2"
	"testing"
)

var sink float64

// benchArgs returns 1024 typical arguments for a function.
func benchArgs(name string) []float64 {
	r := rand.New(rand.NewPCG(7, 8))
	xs := make([]float64, 1024)
	for i := range xs {
		u := r.Float64()
		switch name {
		case "asin", "acos", "atanh":
			xs[i] = 2*u - 1
		case "log1p":
			xs[i] = 10*u - 0.9
		case "acosh":
			xs[i] = 1 + 10*u
		case "log", "log2", "log10", "cbrt":
			xs[i] = math.Ldexp(1+u, r.IntN(40)-20)
		case "sinh", "cosh", "tanh", "exp", "expm1":
			xs[i] = 40*u - 20
		default:
			xs[i] = 20*u - 10
		}
	}
	return xs
}

func bench1(b *testing.B, name string, f func(float64) float64) {
	xs := benchArgs(name)
	s := 0.0
	for i := 0; b.Loop(); i++ {
		s += f(xs[i&1023])
	}
	sink = s
}

func BenchmarkLibm(b *testing.B) {
	for _, fn := range unary {
		b.Run(fn.name, func(b *testing.B) { bench1(b, fn.name, fn.f) })
		b.Run(fn.name+"/gomath", func(b *testing.B) { bench1(b, fn.name, fn.gom) })
	}
	for _, fn := range binary {
		xs, ys := benchArgs("log"), benchArgs("pow")
		for _, impl := range []struct {
			suffix string
			f      func(x, y float64) float64
		}{{"", fn.f}, {"/gomath", fn.gom}} {
			b.Run(fn.name+impl.suffix, func(b *testing.B) {
				s := 0.0
				for i := 0; b.Loop(); i++ {
					s += impl.f(xs[i&1023], ys[(i*7)&1023])
				}
				sink = s
			})
		}
	}
}

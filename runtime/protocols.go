package runtime

// Go-level protocols: objects implemented in Go outside the core (the
// library modules' deque, array, partial, itemgetter, ...) take part in
// the core operations by implementing these methods. The core checks them
// in its fallback paths, after the builtin types' fast paths.
type (
	goCaller interface {
		Call(t *Thread, args []Value, kw []string) (Value, error)
	}
	goIterable interface {
		Iter(t *Thread) (Iterator, error)
	}
	goSizer interface {
		Len(t *Thread) (int, error)
	}
	goGetter interface {
		GetItem(t *Thread, key Value) (Value, error)
	}
	goSetter interface {
		SetItem(t *Thread, key, v Value) error
	}
	goDeleter interface {
		DelItem(t *Thread, key Value) error
	}
	goContainer interface {
		Contains(t *Thread, item Value) (bool, error)
	}
	goComparer interface {
		// RichCompare returns ok false for NotImplemented.
		RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error)
	}
	goHasher interface {
		Hash(t *Thread) (int64, error)
	}
	goOperand interface {
		// BinaryOp computes self op other (other op self when right);
		// ok false means NotImplemented.
		BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error)
	}
)

// goBinary tries the operands' BinaryOp methods.
func goBinary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, bool, error) {
	if x, ok := a.ref.(goOperand); ok {
		if r, ok, err := x.BinaryOp(t, op, b, false, inplace); ok || err != nil {
			return r, true, err
		}
	}
	if x, ok := b.ref.(goOperand); ok {
		if r, ok, err := x.BinaryOp(t, op, a, true, false); ok || err != nil {
			return r, true, err
		}
	}
	return Value{}, false, nil
}

// goCompare tries the operands' RichCompare methods (the right operand's
// reflected).
func goCompare(t *Thread, op CompareOp, a, b Value) (Value, bool, error) {
	if c, ok := a.ref.(goComparer); ok {
		if r, ok, err := c.RichCompare(t, op, b); ok || err != nil {
			return r, true, err
		}
	}
	if c, ok := b.ref.(goComparer); ok {
		if r, ok, err := c.RichCompare(t, op.Swapped(), a); ok || err != nil {
			return r, true, err
		}
	}
	return Value{}, false, nil
}

package jit

import (
	"math"
	"unsafe"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// Deoptimization: after compiled code exits, rebuild the interpreter state
// a snapshot describes. The root frame is updated in place (slots the
// trace changed, globals, range iterator positions, pc and sp); frames of
// inlined calls are created, filled and run to completion in Go, each
// result going to its caller as its CALL would have delivered it. All
// pointer writes happen here, in Go, with the write barrier.

// box turns the bits of a trace value back into a Python value.
func box(bits uint64, typeWord uint64) runtime.Value {
	l := runtime.ValueLayout
	switch uintptr(typeWord) {
	case l.IntTypeWord:
		return runtime.Int(int64(bits))
	case l.FloatTypeWord:
		return runtime.Float(math.Float64frombits(bits))
	case l.BoolTypeWord:
		return runtime.Bool(bits != 0)
	case l.NoneTypeWord:
		return runtime.None
	}
	return runtime.ValueFromWords(uintptr(typeWord), uintptr(bits))
}

// restore applies snapshot snap of compiled code c to root frame f and
// resumes inlined frames. On return f is ready for the interpreter to
// continue at f.PC(); an error is an exception raised at f.PC()-1.
func restore(vm *interp.VM, f *interp.Frame, c *Compiled, ctx *Context, snap int) error {
	tr := c.Trace
	s := &tr.Snaps[snap]
	val := func(r trace.Ref, tw uint64) runtime.Value { return box(c.Value(ctx, r), tw) }

	regs := f.Regs()
	// Fields first: they belong to the iterators the slots held when the
	// trace was entered, before any entry below replaces one.
	for _, fl := range s.Fields {
		setIntField(regs[fl.Slot], fl.Sub, fl.Offset, int64(c.Value(ctx, fl.Ref)))
	}
	for _, e := range s.Entries {
		if e.Frame == 0 {
			regs[e.Slot] = val(e.Ref, e.TypeWord)
		}
	}
	// Objects the trace never allocated are built now.
	virtual := func(k int) runtime.Value {
		v := s.Virtuals[k]
		bits := func(i int) int64 { return int64(c.Value(ctx, v.Elems[i])) }
		switch v.Kind {
		case trace.VRange:
			return runtime.FromObject(runtime.NewBigRange(runtime.Int(bits(0)), runtime.Int(bits(1)), runtime.Int(bits(2))))
		case trace.VRangeIter:
			return runtime.FromObject(&runtime.RangeIter{Cur: bits(0), Step: bits(1), Left: bits(2)})
		case trace.VListIter:
			return runtime.FromObject(&runtime.ListIter{L: val(v.Elems[0], v.ElemTypes[0]).Object().(*runtime.List), I: int(bits(1))})
		}
		items := make([]runtime.Value, len(v.Elems))
		for i, r := range v.Elems {
			items[i] = val(r, v.ElemTypes[i])
		}
		return runtime.TupleValue(items...)
	}
	for k, v := range s.Virtuals {
		if v.Frame == 0 {
			regs[v.Slot] = virtual(k)
		}
	}
	if len(s.Globals) > 0 {
		g := tr.Globals.(*runtime.Globals)
		for _, e := range s.Globals {
			g.Vals[e.Slot] = val(e.Ref, e.TypeWord)
		}
	}
	root := s.Frames[0]
	f.SetState(int(root.PC), int(root.SP))
	if len(s.Frames) == 1 {
		return nil
	}

	// Inlined frames, outermost first.
	frames := make([]*interp.Frame, len(s.Frames))
	for k := 1; k < len(s.Frames); k++ {
		info := tr.Frames[s.Frames[k].Frame]
		nf := vm.NewInlinedFrame(info.Func.(*interp.Function))
		nregs := nf.Regs()
		for _, e := range s.Entries {
			if int(e.Frame) == k {
				nregs[e.Slot] = val(e.Ref, e.TypeWord)
			}
		}
		for i, v := range s.Virtuals {
			if int(v.Frame) == k {
				nregs[v.Slot] = virtual(i)
			}
		}
		nf.SetState(int(s.Frames[k].PC), int(s.Frames[k].SP))
		frames[k] = nf
	}
	t := vm.Thread()
	depth := t.Depth
	var result runtime.Value
	var err error
	for k := len(frames) - 1; k >= 1; k-- {
		nf := frames[k]
		if k < len(frames)-1 && err == nil {
			nregs := nf.Regs()
			nregs[nf.SP()] = result
			nf.SetState(nf.PC(), nf.SP()+1)
		}
		t.Depth = depth + k - 1
		result, err = vm.ResumeCall(nf, err)
	}
	t.Depth = depth
	if err != nil {
		return err
	}
	regs[root.SP] = result
	f.SetState(int(root.PC), int(root.SP)+1)
	return nil
}

// clearStack empties the stack slots of f above its stack pointer, which
// may still hold what a trace popped (compiled code never clears slots):
// the interpreter keeps them empty, so that they do not keep objects alive.
func clearStack(f *interp.Frame) {
	regs := f.Regs()
	for i := f.SP(); i < len(regs) && !regs[i].IsUnbound(); i++ {
		regs[i] = runtime.Value{}
	}
}

// setIntField writes an iterator's position: an int64 field at a byte
// offset of the iterator in obj (sub 0), of the iterator an enumerate
// wraps (sub 1) or of the k-th iterator of a zip (sub 1+k). The
// enumerate's counter is a Value field, set as an int.
func setIntField(obj runtime.Value, sub, offset int32, v int64) {
	it := obj.Object()
	if sub > 0 {
		switch o := it.(type) {
		case *runtime.EnumerateIter:
			it = o.It
		case *runtime.ZipIter:
			it = o.Its[sub-1]
		}
	}
	switch o := it.(type) {
	case *runtime.RangeIter:
		*(*int64)(unsafe.Add(unsafe.Pointer(o), offset)) = v
	case *runtime.ListIter:
		*(*int)(unsafe.Add(unsafe.Pointer(o), offset)) = int(v)
	case *runtime.EnumerateIter:
		if offset != int32(unsafe.Offsetof(o.N)+runtime.ValueLayout.RawWord) {
			panic("jit: unexpected enumerate field")
		}
		o.N = runtime.Int(v)
	default:
		panic("jit: snapshot field of an unexpected object")
	}
}

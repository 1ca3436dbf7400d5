package runtime

import "fmt"

// TracebackType is the type of traceback objects.
var TracebackType = NewType("traceback", ObjectType)

// Traceback is a traceback object: one level of an exception's traceback
// (Exception.Traceback, innermost entry first), with tb_next leading to
// the level below. It exists so that __exit__ and __traceback__ receive
// a real object; programs use tb_lineno and tb_next at most.
type Traceback struct {
	exc   *Exception
	level int // index into exc.Traceback
}

// Type returns traceback.
func (*Traceback) Type() *Type { return TracebackType }

// TracebackOf returns the traceback of an exception at its outermost
// level so far, or None if it has not been raised.
func TracebackOf(e *Exception) Value {
	if len(e.Traceback) == 0 {
		return None
	}
	return FromObject(&Traceback{exc: e, level: len(e.Traceback) - 1})
}

// Repr is CPython's default repr.
func (tb *Traceback) Repr(*Thread) (string, error) {
	return fmt.Sprintf("<traceback object at %s>", libAddr(FromObject(tb))), nil
}

// GetAttr implements Attributer: tb_lineno and tb_next.
func (tb *Traceback) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "tb_lineno":
		return Int(int64(tb.exc.Traceback[tb.level].Line)), true, nil
	case "tb_next":
		if tb.level == 0 {
			return None, true, nil
		}
		return FromObject(&Traceback{exc: tb.exc, level: tb.level - 1}), true, nil
	case "tb_frame", "tb_lasti":
		return Value{}, false, Errorf(NotImplementedErrorType, "traceback.%s is not supported yet", name)
	}
	v, ok := libTypeAttr(FromObject(tb), name)
	return v, ok, nil
}

package runtime

import (
	"testing"
	"unsafe"
)

func TestValueFromWords(t *testing.T) {
	l := NewList([]Value{Int(1)})
	tw := TypeWord(l.Object())
	data := (*[2]uintptr)(unsafe.Pointer(&l.ref))[1]
	v := ValueFromWords(tw, data)
	if v.Object() != l.Object() {
		t.Fatalf("got %v", v)
	}
}

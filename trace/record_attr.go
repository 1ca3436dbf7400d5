package trace

import (
	"unsafe"

	"github.com/tracejit/tracejit/runtime"
)

// Instance attributes. An instance keeps its attributes in a slots array
// described by its shape (one per class and attribute order); the
// interpreter's inline caches resolve an access once per shape and class
// version (runtime.AttrPlan). The trace does the same with guards: the
// instance's shape pointer, then the class's version word, then a slot
// read (like a list item, with a guard on the item's type) or the class's
// value as a constant. Both guards are loads of state compiled code never
// writes, so CSE merges repeated ones and the loop pass hoists them.
//
// Stores follow the rule that compiled code writes no pointers: only an
// int, float or bool over a slot that already holds the same kind, as a
// payload store. Anything else (adding an attribute, storing an object,
// bound method objects) aborts.

var (
	instShapeOff   = int32(runtime.InstanceLayout.Shape)
	instSlotsOff   = int32(runtime.InstanceLayout.Slots)
	typeVersionOff = int32(runtime.InstanceLayout.TypeVersion)
)

// guardPlan guards that obj has plan p's shape and its class p's version.
func (r *Recorder) guardPlan(obj aval, p runtime.AttrPlan) {
	r.tr.KeepAlive = append(r.tr.KeepAlive, p.Shape)
	shape := r.emit(OpFieldWord, TWord, obj.ref, NoRef, instShapeOff)
	r.guard(OpGuardWordEq, TVoid, shape, r.tr.ConstWord(uint64(uintptr(unsafe.Pointer(p.Shape)))), 0)
	cls := r.tr.ConstPtr(objectPtr(p.Class), p.Class)
	version := r.emit(OpFieldWord, TWord, cls, NoRef, typeVersionOff)
	r.guard(OpGuardWordEq, TVoid, version, r.tr.ConstWord(p.Version), 0)
}

// slotAttr loads slot i of instance o (in obj).
func (r *Recorder) slotAttr(obj aval, o *runtime.Instance, i int) aval {
	v := o.Slots()[i]
	if v.IsUnbound() {
		r.fail(AbortNYIOperand, "an unset attribute")
		return aval{}
	}
	slots := r.emit(OpFieldWord, TPtr, obj.ref, NoRef, instSlotsOff)
	return r.itemAt(slots, r.tr.ConstInt(int64(i)), v)
}

func (r *Recorder) instanceOperand(obj aval) bool {
	if obj.virtual() || obj.ref == NoRef {
		r.fail(AbortNYIOperand, "an instance the trace does not hold")
		return false
	}
	return true
}

// instanceAttr records LOAD_ATTR name of instance o.
func (r *Recorder) instanceAttr(obj aval, o *runtime.Instance, name string) {
	if !r.instanceOperand(obj) {
		return
	}
	p := runtime.PlanLoadAttr(o, name)
	switch p.Kind {
	case runtime.AttrSlot:
		r.guardPlan(obj, p)
		if v := r.slotAttr(obj, o, p.Index); r.abort == nil {
			r.replace(1, v)
		}
	case runtime.AttrClassAttr:
		r.guardPlan(obj, p)
		r.replace(1, r.constValue(p.Value))
	default:
		r.fail(AbortNYIOperand, "attribute "+name+" of "+o.Type().Name)
	}
}

// instanceMethod records LOAD_METHOD name of instance o: the function and
// self for a method of the class, the value and no self otherwise.
func (r *Recorder) instanceMethod(obj aval, o *runtime.Instance, name string) {
	if !r.instanceOperand(obj) {
		return
	}
	p := runtime.PlanLoadAttr(o, name)
	var fn aval
	self := aval{}
	switch p.Kind {
	case runtime.AttrMethod:
		r.guardPlan(obj, p)
		fn, self = r.constValue(p.Value), obj
	case runtime.AttrSlot:
		r.guardPlan(obj, p)
		fn = r.slotAttr(obj, o, p.Index)
	case runtime.AttrClassAttr:
		r.guardPlan(obj, p)
		fn = r.constValue(p.Value)
	default:
		r.fail(AbortNYIOperand, "method "+name+" of "+o.Type().Name)
		return
	}
	if r.abort != nil {
		return
	}
	r.pop(1)
	r.push(fn)
	r.push(self)
}

// storeAttr records STORE_ATTR name (obj.name = val).
func (r *Recorder) storeAttr(name string) {
	obj, val := r.stack(0), r.stack(1)
	o, ok := r.value(0).Object().(*runtime.Instance)
	if !ok {
		r.fail(AbortNYIOperand, "attribute assignment to "+r.value(0).TypeName())
		return
	}
	if !r.instanceOperand(obj) {
		return
	}
	p := runtime.PlanStoreAttr(o, name)
	if p.Kind != runtime.AttrSlot || val.virtual() || (val.tw != twInt && val.tw != twFloat && val.tw != twBool) {
		r.fail(AbortNYIOperand, "attribute assignment to "+o.Type().Name+"."+name)
		return
	}
	if typeWordOf(o.Slots()[p.Index].Object()) != val.tw {
		// Only a payload store keeps the rule "no pointer writes from
		// compiled code": the slot must already hold the value's kind.
		r.fail(AbortNYIOperand, "attribute assignment changing the attribute's type")
		return
	}
	r.guardPlan(obj, p)
	slots := r.emit(OpFieldWord, TPtr, obj.ref, NoRef, instSlotsOff)
	i := r.tr.ConstInt(int64(p.Index))
	t := r.emit(OpSeqItemType, TWord, slots, i, 0)
	r.guard(OpGuardWordEq, TVoid, t, r.tr.ConstWord(val.tw), 0)
	r.emit3(OpSeqStoreRaw, TVoid, slots, i, val.ref, 0)
	r.pop(2)
}

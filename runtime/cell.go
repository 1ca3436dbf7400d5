package runtime

import "fmt"

// Cell holds a variable shared between a function and the functions
// nested in it (a closure variable). An unbound cell has the zero Value.
type Cell struct {
	V Value
}

// CellType is the type of cells.
var CellType = NewType("cell", ObjectType)

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

// Repr renders a cell as CPython does.
func (c *Cell) Repr(*Thread) (string, error) {
	addr := IdentityHash(FromObject(c))
	if c.V.IsUnbound() {
		return fmt.Sprintf("<cell at %#x: empty>", addr), nil
	}
	return fmt.Sprintf("<cell at %#x: %s object at %#x>", addr, c.V.TypeName(), IdentityHash(c.V)), nil
}

// GetAttr implements Attributer (cell_contents).
func (c *Cell) GetAttr(_ *Thread, name string) (Value, bool, error) {
	if name == "cell_contents" {
		if c.V.IsUnbound() {
			return Value{}, false, Errorf(ValueErrorType, "Cell is empty")
		}
		return c.V, true, nil
	}
	return Value{}, false, nil
}

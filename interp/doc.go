// Package interp compiles syntax trees to bytecode and runs it.
//
// # Compilation
//
// The compiler (compile.go) first builds a symbol table for the whole
// module (scope.go): every name of every function, lambda, class body and
// comprehension is classified as a fast local, a cell (a local that nested
// functions capture), a free variable (an enclosing function's variable),
// a global, or, in class bodies, a namespace name. Code generation then
// follows CPython 3.11 closely (opcode.go lists every instruction). List,
// set and dict comprehensions are compiled inline with hidden locals, as in
// CPython 3.12, unless they contain nested scopes; Code.Inlined keeps their
// ranges so that tracebacks still show the <listcomp> frames 3.11 prints.
//
// # Frames
//
// A call runs in a Frame whose registers (locals, then the value stack)
// come from the VM's LIFO value stack, so a call allocates nothing. A frame
// of code with cell or free variables also has a cells slice: fresh cells
// for its cell variables followed by the function's closure. A class body
// runs with a namespace dict as its locals (LOAD_NAME, STORE_NAME) and
// returns its __class__ cell, which __build_class__ fills with the new
// class (class.go); zero-argument super() is compiled as
// super(__class__, <first argument>).
//
// # Generators
//
// Calling a generator function creates a Generator (generator.go) owning a
// frame with heap-allocated registers; each next/send/throw resumes it
// with runFrom until YIELD_VALUE suspends it again. Resumptions count
// toward the recursion limit like calls.
//
// # Attribute caches
//
// LOAD_ATTR, STORE_ATTR and LOAD_METHOD have one runtime.AttrCache each
// (Code.attrCache): for instances of Python classes a hit is a compare of
// the instance's shape and its class's version, then one load or store,
// and obj.m(x) calls the function with obj as self without creating a
// bound method.
//
// # The JIT interface
//
// hooks.go is what the trace recorder and the JIT see: hot loop counters
// on JUMP_BACKWARD, the Recorder callbacks, and frame accessors for
// deoptimization. The recorder aborts on instructions it does not model,
// so new instructions are safe for it.
package interp

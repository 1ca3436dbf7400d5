package runtime

import "strings"

// pySig is the signature of a function that CPython's standard library
// writes in Python (Counter.update, a namedtuple's __new__), so that the
// Go version binds arguments, and reports binding errors, as the Python
// one does (ceval.c's messages).
type pySig struct {
	qual     string   // qualified name in messages: "Counter.update"
	names    []string // parameters, self included
	posOnly  int      // leading positional-only parameters
	defaults []Value  // values of the trailing parameters with defaults
	varKw    bool     // **kwds: unknown keywords are returned, not errors
}

// bind matches args (positional values, then the values of the keywords
// named by kw) to the parameters. Parameters left without a value get
// their default. With varKw, keywords that name no parameter (or a
// positional-only one) come back in extraKw/extraVals.
func (s *pySig) bind(args []Value, kw []string) (vals []Value, extraKw []string, extraVals []Value, err error) {
	npos := len(args) - len(kw)
	n := len(s.names)
	if npos > n {
		return nil, nil, nil, s.tooMany(npos)
	}
	vals = make([]Value, n)
	copy(vals, args[:npos])
	var posOnlyKw []string
	for i, k := range kw {
		v := args[npos+i]
		j := -1
		for p := s.posOnly; p < n; p++ {
			if s.names[p] == k {
				j = p
				break
			}
		}
		if j < 0 {
			if s.varKw {
				extraKw = append(extraKw, k)
				extraVals = append(extraVals, v)
				continue
			}
			for p := 0; p < s.posOnly; p++ {
				if s.names[p] == k {
					posOnlyKw = append(posOnlyKw, k)
				}
			}
			if len(posOnlyKw) > 0 {
				continue
			}
			return nil, nil, nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.qual, k)
		}
		if !vals[j].IsUnbound() {
			return nil, nil, nil, Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", s.qual, k)
		}
		vals[j] = v
	}
	if len(posOnlyKw) > 0 {
		return nil, nil, nil, Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", s.qual, strings.Join(posOnlyKw, ", "))
	}
	firstDefault := n - len(s.defaults)
	var missing []string
	for p := range vals {
		if !vals[p].IsUnbound() {
			continue
		}
		if p >= firstDefault {
			vals[p] = s.defaults[p-firstDefault]
			continue
		}
		missing = append(missing, s.names[p])
	}
	if len(missing) > 0 {
		return nil, nil, nil, Errorf(TypeErrorType, "%s() missing %d required positional argument%s: %s", s.qual, len(missing), plural(len(missing)), quotedList(missing))
	}
	return vals, extraKw, extraVals, nil
}

// unpack is bind for signatures without **kwargs.
func (s *pySig) unpack(args []Value, kw []string) ([]Value, error) {
	vals, _, _, err := s.bind(args, kw)
	return vals, err
}

func (s *pySig) tooMany(given int) error {
	n := len(s.names)
	takes := itoaLib(n)
	if len(s.defaults) > 0 {
		takes = "from " + itoaLib(n-len(s.defaults)) + " to " + itoaLib(n)
	}
	word := "arguments"
	if n == 1 && len(s.defaults) == 0 {
		word = "argument"
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return Errorf(TypeErrorType, "%s() takes %s positional %s but %d %s given", s.qual, takes, word, given, was)
}

// quotedList is CPython's list of missing argument names:
// 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

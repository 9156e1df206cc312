package expr

import "strings"

// Flows returns the context accesses whose value can become the value of n when it is expanded into
// a string. Comparisons, negations and predicate functions (contains, startsWith, endsWith, success,
// hashFiles ...) yield booleans, numbers or hashes, so nothing inside them flows out; `a || b` and
// `a && b` yield one of their operands; format, join, toJSON and fromJSON pass their arguments on.
func Flows(n Node) []Node {
	var out []Node
	var visit func(Node)
	visit = func(n Node) {
		switch v := n.(type) {
		case *Variable, *Property, *Index, *Star:
			if _, ok := Path(v); ok {
				out = append(out, v)
				return
			}
			// An access on a call result, e.g. fromJSON(x).field: follow into the call.
			switch r := v.(type) {
			case *Property:
				visit(r.Receiver)
			case *Index:
				visit(r.Receiver)
			case *Star:
				visit(r.Receiver)
			}
		case *Binary:
			if v.Op == "&&" || v.Op == "||" {
				visit(v.Left)
				visit(v.Right)
			}
		case *Call:
			switch strings.ToLower(v.Name) {
			case "format", "join", "tojson", "fromjson":
				for _, a := range v.Args {
					visit(a)
				}
			}
		}
	}
	visit(n)
	return out
}

// Accesses returns every context access chain in n, outermost first (for `a.b.c` only the whole
// chain, not `a.b`), including those inside predicates.
func Accesses(n Node) []Node {
	var out []Node
	Walk(n, func(m Node) bool {
		switch m.(type) {
		case *Variable, *Property, *Index, *Star:
			if _, ok := Path(m); ok {
				out = append(out, m)
				if ix, ok := m.(*Index); ok {
					// a dynamic index may hold accesses of its own: a[b.c]
					out = append(out, Accesses(ix.Index)...)
				}
				return false
			}
		}
		return true
	})
	return out
}

// MatchPath reports whether a dotted path matches a pattern in which `*` stands for one segment and
// a trailing `.**` for any rest. A `*` in the path (an unknown index) matches any pattern segment.
func MatchPath(pattern, path string) bool {
	for {
		p, prest, pmore := strings.Cut(pattern, ".")
		if p == "**" {
			return true
		}
		x, xrest, xmore := strings.Cut(path, ".")
		if path == "" && pattern != "" {
			return false
		}
		if p != "*" && x != "*" && p != x {
			return false
		}
		if !pmore || !xmore {
			return pmore == xmore
		}
		pattern, path = prest, xrest
	}
}

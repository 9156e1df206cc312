package helm

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
)

// window bounds how far ahead a rendered line is looked for in the template.
const window = 60

// alignLines maps each rendered line (1-based index) to a template line (1-based), or 0 where
// no template line can be named. A rendered line maps to the template line with the same text; a
// line whose template line holds an action maps by its static prefix ("image: " before "{{");
// output of include/toYaml blocks maps to the action that produced it (the first line with an
// action after the last matched line).
func alignLines(tpl, out []string) []int {
	m := make([]int, len(out)+1)
	cursor := 0
	last := 0
	for i, line := range out {
		t := strings.TrimSpace(line)
		if t == "" || t == "---" || strings.HasPrefix(t, "#") {
			continue
		}
		found := -1
		for j := cursor; j < len(tpl) && j < cursor+window; j++ {
			if matches(tpl[j], t) {
				found = j
				break
			}
		}
		if found >= 0 {
			m[i+1] = found + 1
			cursor, last = found+1, found+1
			continue
		}
		m[i+1] = last
		for j := cursor; j < len(tpl) && j < cursor+window; j++ {
			if strings.Contains(tpl[j], "{{") {
				m[i+1] = j + 1
				break
			}
		}
	}
	return m
}

// matches reports whether template line tl (raw) produced rendered text t (trimmed).
func matches(tl, t string) bool {
	s := strings.TrimSpace(tl)
	if s == "" {
		return false
	}
	i := strings.Index(s, "{{")
	if i < 0 {
		return s == t
	}
	static := strings.TrimSpace(s[:i])
	// Only a prefix that names a key or a list item identifies the line.
	if static == "" || !(strings.HasSuffix(static, ":") || strings.Contains(static, ": ") || strings.HasPrefix(static, "- ")) {
		return false
	}
	return strings.HasPrefix(t, static)
}

// remap moves every node of a rendered object to its template line (or to the object's start
// line where the rendered line could not be traced).
func remap(o *manifest.Object, lines []int) {
	start := 0
	if o.Line < len(lines) {
		start = lines[o.Line]
	}
	seen := map[*yaml.Node]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		switch {
		case n.Line > 0 && n.Line < len(lines) && lines[n.Line] > 0:
			n.Line = lines[n.Line]
		default:
			n.Line = start
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(o.Root.N)
	o.Line = start
}

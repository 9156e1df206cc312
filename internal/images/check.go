package images

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// NearWindow is how long before its end of life an image is reported as close to it.
const NearWindow = 90 * 24 * time.Hour

// ProblemKind says what is wrong with an image.
type ProblemKind string

// Problem kinds.
const (
	// EndOfLife: the release line reached its end of life (or the image is deprecated).
	EndOfLife ProblemKind = "end-of-life"
	// NearEndOfLife: the release line reaches its end of life within NearWindow.
	NearEndOfLife ProblemKind = "near-end-of-life"
	// MutableTag: no digest and no tag, or a floating tag such as latest.
	MutableTag ProblemKind = "mutable-tag"
)

// Problem is one thing wrong with an image reference.
type Problem struct {
	Kind    ProblemKind
	Ref     Ref
	Product string
	Cycle   string
	// EOL is the end-of-life day (zero for mutable tags).
	EOL     time.Time
	Message string
}

// Check looks at one image reference with the shipped data: its end of life against now, and
// whether its tag can move. References that cannot be read (templates, variables) have no problems.
func Check(ref string, now time.Time) []Problem { return Default().Check(ref, now) }

// Check looks at one image reference against this data.
func (d *Data) Check(ref string, now time.Time) []Problem {
	r, ok := ParseRef(ref)
	if !ok {
		return nil
	}
	var out []Problem
	if r.Mutable() {
		tag := r.Tag
		if tag == "" {
			tag = "no tag"
		}
		out = append(out, Problem{Kind: MutableTag, Ref: r, Message: fmt.Sprintf("image %s uses a mutable tag (%s) and no digest", r.Raw, tag)})
	}
	if p := d.EOL(r, now); p != nil {
		out = append(out, *p)
	}
	return out
}

// EOL reports whether the release named by r is past or near its end of life at now; nil when it
// is supported or unknown.
func (d *Data) EOL(r Ref, now time.Time) *Problem {
	prod := d.product(r.Repo)
	if prod == nil {
		return nil
	}
	if prod.Deprecated != "" {
		t, err := time.Parse(time.DateOnly, prod.Deprecated)
		if err == nil && !now.Before(t) {
			return &Problem{Kind: EndOfLife, Ref: r, Product: prod.Product, EOL: t,
				Message: fmt.Sprintf("image %s is unmaintained since %s: %s", r.Raw, prod.Deprecated, prod.Note)}
		}
	}
	c := matchCycle(prod.Cycles, r.Tag)
	if c == nil {
		return nil
	}
	end, ok := c.End()
	if !ok {
		return nil
	}
	name := prod.Product + " " + c.Cycle
	switch {
	case !now.Before(end.AddDate(0, 0, 1)):
		return &Problem{Kind: EndOfLife, Ref: r, Product: prod.Product, Cycle: c.Cycle, EOL: end,
			Message: fmt.Sprintf("image %s is %s, which reached end of life on %s", r.Raw, name, end.Format(time.DateOnly))}
	case end.Sub(now) <= NearWindow:
		days := int(end.Sub(now).Hours()/24) + 1
		return &Problem{Kind: NearEndOfLife, Ref: r, Product: prod.Product, Cycle: c.Cycle, EOL: end,
			Message: fmt.Sprintf("image %s is %s, which reaches end of life on %s (in %d days)", r.Raw, name, end.Format(time.DateOnly), days)}
	}
	return nil
}

var leadingVersion = regexp.MustCompile(`^v?(\d+(?:\.\d+)*)`)

// matchCycle finds the release line a tag names: by its leading version ("3.11.4-slim" is cycle
// 3.11, "18-alpine" cycle 18, the longest cycle whose dot-separated parts start the version wins),
// or by a codename ("bookworm-slim", "jammy-20240101", "stream9").
func matchCycle(cycles []Cycle, tag string) *Cycle {
	if tag == "" {
		return nil
	}
	var best *Cycle
	if m := leadingVersion.FindStringSubmatch(tag); m != nil {
		parts := strings.Split(m[1], ".")
		for i := range cycles {
			cp := strings.Split(cycles[i].Cycle, ".")
			if len(cp) > len(parts) || !equalPrefix(parts, cp) {
				continue
			}
			if best == nil || len(cp) > len(strings.Split(best.Cycle, ".")) {
				best = &cycles[i]
			}
		}
		return best
	}
	word := strings.ToLower(tag)
	if i := strings.IndexAny(word, "-_."); i >= 0 {
		word = word[:i]
	}
	for i := range cycles {
		if cycles[i].Codename != "" && strings.EqualFold(cycles[i].Codename, word) {
			return &cycles[i]
		}
	}
	return nil
}

func equalPrefix(version, cycle []string) bool {
	for i := range cycle {
		if strings.TrimLeft(version[i], "0") != strings.TrimLeft(cycle[i], "0") {
			return false
		}
	}
	return true
}

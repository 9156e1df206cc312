package detect

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// Window bounds: a line window reaches at most this far before and after its keyword; a longer line
// is clipped (and counts as minified for generic detectors).
const (
	maxBack    = 512
	maxForward = 1024
	// MaxMatches bounds the matches kept per text, so a hostile file cannot blow memory.
	MaxMatches = 1000
)

// Match is one credential found in a text.
type Match struct {
	Detector *Detector
	// Start and End are the byte offsets of the secret in the text; Line and Column (1-based, bytes)
	// locate Start.
	Start, End   int
	Line, Column int
	// EndLine is the line of End (PEM blocks span lines).
	EndLine int
	Secret  string
	// Name is the setting the secret is assigned to, when the detector captures one.
	Name string
}

// Scanner runs a fixed set of detectors. It is safe for concurrent use.
type Scanner struct {
	dets   []*Detector
	ac     ahocorasick.AhoCorasick
	kwDets [][]int // keyword index -> detectors that own it
}

// NewScanner compiles the detectors and builds the keyword automaton.
func NewScanner(dets []*Detector) (*Scanner, error) {
	s := &Scanner{dets: dets}
	kwIndex := map[string]int{}
	var kws []string
	ids := map[string]bool{}
	for di, d := range dets {
		if err := d.compile(); err != nil {
			return nil, err
		}
		if ids[d.ID] {
			return nil, fmt.Errorf("detector %s is listed twice", d.ID)
		}
		ids[d.ID] = true
		for _, k := range d.Keywords {
			ki, ok := kwIndex[k]
			if !ok {
				ki = len(kws)
				kwIndex[k] = ki
				kws = append(kws, k)
				s.kwDets = append(s.kwDets, nil)
			}
			if !slices.Contains(s.kwDets[ki], di) {
				s.kwDets[ki] = append(s.kwDets[ki], di)
			}
		}
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: true,
		MatchKind:            ahocorasick.StandardMatch,
		DFA:                  true,
	})
	s.ac = b.Build(kws)
	return s, nil
}

// Detectors returns the scanner's detectors.
func (s *Scanner) Detectors() []*Detector { return s.dets }

type window struct {
	start, end int
	clipped    bool
	active     bool
}

// Scan finds the credentials in text, judged as a file with no particular name.
func (s *Scanner) Scan(text []byte) []Match { return s.ScanPath("", text) }

// ScanPath finds the credentials in text. The path (slash-separated, may be empty) tells the generic
// detectors what kind of file they read: in source code only quoted literals count as values.
func (s *Scanner) ScanPath(path string, text []byte) []Match {
	st := &scan{s: s, text: text, ctx: contextOf(path)}
	pending := make([]window, len(s.dets))
	it := s.ac.IterOverlappingByte(text)
	for m := it.Next(); m != nil; m = it.Next() {
		for _, di := range s.kwDets[m.Pattern()] {
			d := s.dets[di]
			w := s.window(text, d, m.Start(), m.End())
			p := &pending[di]
			if d.Window == WindowName {
				// Point windows are read one by one; hits that open the same window read it once.
				if !p.active || w.start != p.start {
					st.run(di, w)
					*p = w
				}
				continue
			}
			if p.active && w.start <= p.end {
				p.start = min(p.start, w.start)
				p.end = max(p.end, w.end)
				p.clipped = p.clipped || w.clipped
				continue
			}
			if p.active {
				st.run(di, *p)
			}
			*p = w
		}
		if len(st.out) >= MaxMatches {
			break
		}
	}
	for di, p := range pending {
		if p.active && s.dets[di].Window != WindowName {
			st.run(di, p)
		}
	}
	return st.finish()
}

// window is the part of text a detector's expression reads for a keyword hit at [hs, he).
func (s *Scanner) window(text []byte, d *Detector, hs, he int) window {
	if d.Span > 0 {
		start := hs - maxBack
		if i := bytes.LastIndexByte(text[max(0, start):hs], '\n'); i >= 0 {
			start = max(0, start) + i + 1
		}
		return window{start: max(0, start), end: min(len(text), he+d.Span), active: true}
	}
	if d.Window != WindowLine {
		reach := d.Reach
		if reach == 0 {
			reach = 320
		}
		start := max(0, hs-64)
		if i := bytes.LastIndexByte(text[start:hs], '\n'); i >= 0 {
			start += i + 1
		}
		if d.Window == WindowName {
			start = hs
			for start > 0 && hs-start < 64 && isNameByte(text[start-1]) {
				start--
			}
		}
		end := min(len(text), he+reach)
		if i := bytes.IndexByte(text[he:end], '\n'); i >= 0 {
			end = he + i
		}
		// A very long line (a minified bundle) is marked clipped, as in a line window.
		clipped := end == he+reach && end < len(text) && bytes.IndexByte(text[end:min(len(text), end+maxForward)], '\n') < 0
		return window{start: start, end: end, clipped: clipped, active: true}
	}
	w := window{active: true}
	lo := max(0, hs-maxBack)
	if i := bytes.LastIndexByte(text[lo:hs], '\n'); i >= 0 {
		w.start = lo + i + 1
	} else {
		w.start = lo
		w.clipped = lo > 0
	}
	hi := min(len(text), he+maxForward)
	if i := bytes.IndexByte(text[he:hi], '\n'); i >= 0 {
		w.end = he + i
	} else {
		w.end = hi
		w.clipped = w.clipped || hi < len(text)
	}
	return w
}

// assignmentAhead reports whether a name window continues past its name with an assignment
// operator (optionally after a closing quote or bracket and blanks), as the generic pattern requires;
// in source code the value must also open with a quote, since only literals count there.
func assignmentAhead(part []byte, code bool) bool {
	i := 0
	for i < len(part) && isNameByte(part[i]) {
		i++
	}
	for i < len(part) && (part[i] == '"' || part[i] == '\'' || part[i] == ']' || part[i] == ' ' || part[i] == '\t') {
		i++
	}
	if i >= len(part) || (part[i] != ':' && part[i] != '=' && part[i] != '?') {
		return false
	}
	if !code {
		return true
	}
	for i < len(part) && (part[i] == ':' || part[i] == '=' || part[i] == '>' || part[i] == '?' || part[i] == ' ' || part[i] == '\t') {
		i++
	}
	return i < len(part) && (part[i] == '"' || part[i] == '\'' || part[i] == '`')
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '$'
}

type scan struct {
	s    *Scanner
	text []byte
	ctx  fileContext
	out  []Match
}

func (st *scan) run(di int, w window) {
	d := st.s.dets[di]
	part := st.text[w.start:w.end]
	if d.Requires != "" && !bytes.Contains(part, []byte(d.Requires)) {
		return
	}
	n := -1
	if d.Window == WindowName {
		if d.Generic && (w.clipped || !assignmentAhead(part, st.ctx.code)) {
			return // generic detectors never report in minified text, nor where nothing is assigned
		}
		n = 1
	}
	for _, loc := range d.re.FindAllSubmatchIndex(part, n) {
		if len(st.out) >= MaxMatches {
			return
		}
		a, b := loc[2*d.secretIdx], loc[2*d.secretIdx+1]
		if a < 0 {
			continue
		}
		secret := string(part[a:b])
		name := ""
		if ni := d.re.SubexpIndex("name"); ni > 0 && loc[2*ni] >= 0 {
			name = string(part[loc[2*ni]:loc[2*ni+1]])
		}
		quoted := false
		if qi := d.re.SubexpIndex("q"); qi > 0 && loc[2*qi] < loc[2*qi+1] {
			// A quoted value must end where its quote closes: `"+cmd.Dir` is code, not a literal.
			if b >= len(part) || part[b] != part[loc[2*qi]] {
				continue
			}
			quoted = true
		}
		start := w.start + a
		if !st.accept(d, secret, name, quoted, start, w.clipped) {
			continue
		}
		if d.Canonical != nil {
			secret = d.Canonical(secret)
		}
		st.out = append(st.out, Match{Detector: d, Start: start, End: w.start + b, Secret: secret, Name: name})
	}
}

func (st *scan) accept(d *Detector, secret, name string, quoted bool, start int, clipped bool) bool {
	if secret == "" {
		return false
	}
	if d.MinEntropy > 0 && Entropy(secret) < d.MinEntropy {
		return false
	}
	if d.Valid != nil && !d.Valid(secret) {
		return false
	}
	if Placeholder(secret) || inDataURI(st.text, start) {
		return false
	}
	if d.Generic && !genericOK(name, secret, quoted, clipped, st.ctx) {
		return false
	}
	return true
}

// finish drops duplicates and generic matches that a specific detector explains, then numbers lines.
func (st *scan) finish() []Match {
	out := st.out
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Detector.ID, b.Detector.ID))
	})
	out = slices.CompactFunc(out, func(a, b Match) bool {
		return a.Start == b.Start && a.End == b.End && a.Detector == b.Detector
	})
	kept := out[:0]
	for i, m := range out {
		if (m.Detector.Generic || m.Detector.Yield) && explained(out, i) {
			continue
		}
		kept = append(kept, m)
	}
	out = kept
	line, pos, lineStart := 1, 0, 0
	for i := range out {
		seg := st.text[pos:out[i].Start]
		if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
			line += n
			lineStart = pos + bytes.LastIndexByte(seg, '\n') + 1
		}
		pos = out[i].Start
		out[i].Line = line
		out[i].Column = out[i].Start - lineStart + 1
		out[i].EndLine = line + bytes.Count(st.text[out[i].Start:out[i].End], []byte{'\n'})
	}
	return out
}

// explained reports whether a match of a more specific detector overlaps out[i]: any non-yielding
// detector explains a yielding one, and a yielding one explains a generic one.
func explained(out []Match, i int) bool {
	m := out[i]
	for j := range out {
		o := out[j]
		if j == i || o.Detector.Generic || (o.Detector.Yield && m.Detector.Yield && !m.Detector.Generic) {
			continue
		}
		if o.Start < m.End && m.Start < o.End {
			return true
		}
		if o.Start >= m.End {
			break
		}
	}
	return false
}

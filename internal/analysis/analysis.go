// Package analysis is the contract between the review engine and the analyzers that hold the rules.
//
// A review runs in two phases. In the first, every FileAnalyzer sees each file it wants, one file at a
// time, concurrently across files: it parses the file, reports what its per-file rules find, and may
// Share the parsed model. In the second, every SetAnalyzer runs once over the whole set: it reads what
// was shared (its own and that of the analyzers it names in After) and reports what its graph rules
// find. An analyzer may take part in both phases.
package analysis

import (
	"context"
	"errors"
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Analyzer is a named group of rules that run over one kind of input.
type Analyzer interface {
	// Name is unique and stable ("terraform", "secrets", "github-actions").
	Name() string
	// Rules lists the metadata of every rule the analyzer may report.
	Rules() []*rule.Rule
}

// FileAnalyzer takes part in the first phase.
type FileAnalyzer interface {
	Analyzer
	// Wants is a cheap claim on a file by kind or path; the content is available but should only be
	// looked at when kind and path cannot decide.
	Wants(f *workspace.File) bool
	// AnalyzeFile parses one file and runs the per-file rules. An error means the file could not be
	// analyzed; return one made by Errorf to name the line. Findings reported before the error stand.
	AnalyzeFile(ctx context.Context, p *FilePass) error
}

// SetAnalyzer takes part in the second phase.
type SetAnalyzer interface {
	Analyzer
	// After names the analyzers whose shared values this one reads; it runs once they are done.
	After() []string
	// AnalyzeSet runs the graph rules over the whole set.
	AnalyzeSet(ctx context.Context, p *SetPass) error
}

// Sink receives what passes report. The engine implements it; tests may too.
type Sink interface {
	Report(analyzer Analyzer, f finding.Finding)
	Share(analyzer Analyzer, path string, v any)
	Skip(s workspace.Skip)
	Note(msg string)
}

// FilePass is one file's first-phase run of one analyzer.
type FilePass struct {
	File     *workspace.File
	Analyzer Analyzer
	Sink     Sink
}

// Report records a finding. An empty location path means this file.
func (p *FilePass) Report(f finding.Finding) {
	if f.Location.Path == "" {
		f.Location.Path = p.File.Path
	}
	p.Sink.Report(p.Analyzer, f)
}

// Share publishes a parsed model of this file for the second phase.
func (p *FilePass) Share(v any) { p.Sink.Share(p.Analyzer, p.File.Path, v) }

// Skip records that part of this file (or another one it refers to) could not be analyzed, without
// ending the pass.
func (p *FilePass) Skip(line int, reason string) {
	p.Sink.Skip(workspace.Skip{Path: p.File.Path, Line: line, Reason: reason})
}

// Shared is one value published by an analyzer, with the file it came from ("" for set-wide values).
type Shared struct {
	Path  string
	Value any
}

// SetPass is one analyzer's second-phase run.
type SetPass struct {
	Analyzer Analyzer
	Sink     Sink
	// Tree is the walked root: every file's path, ReadFile within the root, the git work tree.
	Tree *workspace.Tree
	// InScope reports whether a path is under review (all are, unless the review is limited to the
	// changes since a revision). Graph rules may read files out of scope for context.
	InScope func(path string) bool
	shared  func(name string) []Shared
}

// NewSetPass builds a pass; shared returns the values published under an analyzer's name.
func NewSetPass(a Analyzer, sink Sink, tree *workspace.Tree, inScope func(string) bool, shared func(string) []Shared) *SetPass {
	return &SetPass{Analyzer: a, Sink: sink, Tree: tree, InScope: inScope, shared: shared}
}

// Report records a finding; its location path must be set.
func (p *SetPass) Report(f finding.Finding) { p.Sink.Report(p.Analyzer, f) }

// Share publishes a set-wide value for analyzers that run after this one.
func (p *SetPass) Share(v any) { p.Sink.Share(p.Analyzer, "", v) }

// Skip records a file (or part of one) that could not be analyzed.
func (p *SetPass) Skip(path string, line int, reason string) {
	p.Sink.Skip(workspace.Skip{Path: path, Line: line, Reason: reason})
}

// Note adds a review-wide remark to the report ("no vulnerability database: ...").
func (p *SetPass) Note(msg string) { p.Sink.Note(msg) }

// Shared returns what the named analyzer published, ordered by path. The name must be this
// analyzer's own or one it lists in After.
func (p *SetPass) Shared(name string) []Shared { return p.shared(name) }

// SharedOf returns the values of type T published by the named analyzer, in path order.
func SharedOf[T any](p *SetPass, name string) []T {
	var out []T
	for _, s := range p.Shared(name) {
		if v, ok := s.Value.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// LineError is an analysis error tied to a line of the file.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Errorf makes an error that names a line of the file being analyzed.
func Errorf(line int, format string, args ...any) error {
	return &LineError{Line: line, Err: fmt.Errorf(format, args...)}
}

// ErrorLine returns the line named by err, or zero.
func ErrorLine(err error) int {
	var le *LineError
	if errors.As(err, &le) {
		return le.Line
	}
	return 0
}

// Note adds a review-wide remark to the report.
func (p *FilePass) Note(msg string) { p.Sink.Note(msg) }

package iamrules

import (
	"bytes"
	"context"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// PolicyFiles is the analyzer for IAM policy documents kept as plain JSON files in a repository
// (policies/deploy.json, iam/trust-github.json): a JSON object with a Statement list (and, usually,
// a Version). It shares each parsed policy (a *FilePolicy) for set-wide rules.
type PolicyFiles struct{}

// NewPolicyFiles returns the analyzer.
func NewPolicyFiles() *PolicyFiles { return &PolicyFiles{} }

// FilePolicy is the policy of one file, shared for the second phase.
type FilePolicy struct {
	Document Document
	Kind     Kind
}

// Name implements analysis.Analyzer.
func (*PolicyFiles) Name() string { return "iam-policy-files" }

// Rules implements analysis.Analyzer.
func (*PolicyFiles) Rules() []*rule.Rule { return Rules() }

// Wants claims JSON files that mention a Statement.
func (*PolicyFiles) Wants(f *workspace.File) bool {
	return f.Kind == workspace.KindJSON && bytes.Contains(f.Content, []byte(`"Statement"`)) &&
		bytes.Contains(f.Content, []byte(`"Effect"`))
}

// AnalyzeFile parses the file as a policy document and runs the rules that fit its kind. JSON that
// is not shaped like a policy is left alone; a policy that is malformed is an error naming the line.
func (*PolicyFiles) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	n, err := jsontree.FromJSON(p.File.Content)
	if err != nil {
		if se, ok := err.(*jsontree.SyntaxError); ok {
			return analysis.Errorf(se.Pos.Line, "invalid JSON: %s", se.Msg)
		}
		return err
	}
	if !iampolicy.LooksLikePolicy(n) {
		return nil
	}
	pol, err := iampolicy.FromNode(n)
	if err != nil {
		if pe, ok := err.(*iampolicy.ParseError); ok {
			return analysis.Errorf(pe.Pos.Line, "invalid IAM policy: %s", pe.Msg)
		}
		return err
	}
	d := Document{Policy: pol, Name: p.File.Path, Locate: FileLocator(p.File.Path)}
	for _, f := range CheckDocument(d, p.File.Path) {
		p.Report(f)
	}
	p.Share(&FilePolicy{Document: d, Kind: Classify(pol)})
	return nil
}

package iamrules

import (
	"bytes"
	"context"
	"errors"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/cloudroles"
	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// PolicyFiles is the analyzer of IAM policies. Its first phase reads policy documents kept as plain
// JSON files in a repository (policies/deploy.json, iam/trust-github.json): a JSON object with a
// Statement list (and, usually, a Version); it shares each parsed policy (a *FilePolicy). Its
// second phase (cloud.go) reads the policies, roles and bindings of the cloud resource set.
type PolicyFiles struct{}

// NewPolicyFiles returns the analyzer.
func NewPolicyFiles() *PolicyFiles { return &PolicyFiles{} }

// FilePolicy is the policy of one file, shared for the second phase.
type FilePolicy struct {
	Document Document
	Kind     Kind
	// Said keys what the file's own review reported (see sameFinding), so that the second phase,
	// reading the same file through a Terraform file(), does not report it again.
	Said []string
}

// Name implements analysis.Analyzer.
func (*PolicyFiles) Name() string { return "iam-policy-files" }

// Rules implements analysis.Analyzer: the AWS IAM rules of this package and, for the second phase
// over the cloud resource set, the GCP, Azure and IAM-user rules of package cloudroles.
func (*PolicyFiles) Rules() []*rule.Rule { return append(Rules(), cloudroles.Rules()...) }

// Wants claims JSON files that mention a Statement and an Effect (also inside a JSON string).
func (*PolicyFiles) Wants(f *workspace.File) bool {
	return f.Kind == workspace.KindJSON && bytes.Contains(f.Content, []byte(`Statement`)) &&
		bytes.Contains(f.Content, []byte(`Effect`))
}

// AnalyzeFile parses the file as a policy document (or as the output of an AWS CLI command that
// holds one) and runs the rules that fit its kind. JSON that holds no policy is left alone; a
// policy that is malformed is an error naming the line.
func (*PolicyFiles) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	n, err := jsontree.FromJSON(p.File.Content)
	if err != nil {
		var se *jsontree.SyntaxError
		if errors.As(err, &se) {
			return analysis.Errorf(se.Pos.Line, "invalid JSON: %s", se.Msg)
		}
		return err
	}
	doc, name := findPolicy(n)
	if doc == nil {
		return nil
	}
	pol, embedded, err := iampolicy.FromEmbedded(doc)
	if err != nil {
		var pe *iampolicy.ParseError
		if errors.As(err, &pe) {
			line := pe.Pos.Line
			if embedded {
				line = doc.Pos.Line
			}
			return analysis.Errorf(line, "invalid IAM policy%s: %s", name, pe.Msg)
		}
		return err
	}
	locate := FileLocator(p.File.Path)
	if embedded {
		at := doc.Pos
		locate = func(iampolicy.Pos) finding.Location { return finding.Location{Path: p.File.Path, StartLine: at.Line} }
	}
	d := Document{Policy: pol, Name: p.File.Path, Locate: locate}
	fp := &FilePolicy{Document: d, Kind: Classify(pol)}
	for _, f := range CheckDocument(d, p.File.Path) {
		p.Report(f)
		fp.Said = append(fp.Said, sameFinding(f))
	}
	p.Share(fp)
	return nil
}

// cliWrappers are where AWS CLI output keeps a policy document: get-policy-version, get-role,
// get-bucket-policy (and other services' get-*-policy), SQS and SNS attributes, Secrets Manager.
var cliWrappers = [][]string{
	{"PolicyVersion", "Document"},
	{"Role", "AssumeRolePolicyDocument"},
	{"Policy"},
	{"Attributes", "Policy"},
	{"ResourcePolicy"},
	{"policyText"},
}

// findPolicy returns the policy document of a JSON file: the file itself, or the member of a known
// CLI output that holds it (with " in Member.Path" for messages).
func findPolicy(n *jsontree.Node) (*jsontree.Node, string) {
	if iampolicy.LooksLikePolicy(n) {
		return n, ""
	}
	for _, path := range cliWrappers {
		v := n
		for _, k := range path {
			v = v.Get(k)
		}
		switch {
		case v == nil:
		case v.Kind == jsontree.String && strings.Contains(v.Text, "Statement"):
			return v, " in " + strings.Join(path, ".")
		case iampolicy.LooksLikePolicy(v):
			return v, " in " + strings.Join(path, ".")
		}
	}
	return nil, ""
}

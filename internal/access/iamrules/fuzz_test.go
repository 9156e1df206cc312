package iamrules

import (
	"context"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudformation"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// countingSink counts what a pass reports.
type countingSink struct{ findings, skips int }

func (s *countingSink) Report(analysis.Analyzer, finding.Finding) { s.findings++ }
func (s *countingSink) Share(analysis.Analyzer, string, any)      {}
func (s *countingSink) Skip(workspace.Skip)                       { s.skips++ }
func (s *countingSink) Note(string)                               {}

// FuzzCloudFormation runs the cloud phase over hostile templates: it must not panic or hang.
func FuzzCloudFormation(f *testing.F) {
	seed, err := os.ReadFile("testdata/cloud/cloudformation/stack.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: '{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\"'\n"))
	f.Add([]byte("Resources:\n  P:\n    Type: AWS::Lambda::Permission\n    Properties: {Principal: [1, 2], Action: {a: b}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, _ := cloudformation.Parse("t.yaml", data)
		set := resource.NewSet(rs...)
		sink := &countingSink{}
		p := analysis.NewSetPass(NewPolicyFiles(), sink, nil, func(string) bool { return true },
			func(string) []analysis.Shared { return []analysis.Shared{{Value: set}} })
		if err := NewPolicyFiles().AnalyzeSet(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	})
}

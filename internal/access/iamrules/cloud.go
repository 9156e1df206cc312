package iamrules

import (
	"context"
	"errors"
	"fmt"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// After implements analysis.SetAnalyzer: the second phase reads the cloud resource set (Terraform
// configurations and plans, CloudFormation templates) shared by the cloud analyzer.
func (*PolicyFiles) After() []string { return []string{resource.AnalyzerName} }

// AnalyzeSet runs the IAM rules over the policies declared in infrastructure code: the identity
// policies of roles, users and groups (inline, attached, through groups, under a permissions
// boundary), role trust policies, resource policies, and the GCP, Azure and IAM-user rules of
// package cloudroles.
func (a *PolicyFiles) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	c := &cloudPass{set: resource.FromPass(p), tree: p.Tree, pass: p, docs: map[docKey]*Document{}, lines: map[string][][]byte{},
		said: map[string]bool{}}
	if c.set.Len() == 0 {
		return nil
	}
	for _, fp := range analysis.SharedOf[*FilePolicy](p, a.Name()) {
		for _, k := range fp.Said {
			c.said[k] = true
		}
	}
	for _, step := range []func(){c.identities, c.trusts, c.resourcePolicies, c.cloudRoles} {
		if err := ctx.Err(); err != nil {
			return err
		}
		step()
	}
	return nil
}

// cloudPass is one run over the resource set.
type cloudPass struct {
	set  *resource.Set
	tree *workspace.Tree
	pass *analysis.SetPass
	// docs caches the documents read from resource attributes (a managed policy attached to many
	// principals is read once); a nil entry records an attribute without a readable policy.
	docs map[docKey]*Document
	// lines caches the Terraform files re-read to place policy lines (nil: unreadable).
	lines map[string][][]byte
	// said holds what the first phase reported on policy files (see sameFinding).
	said map[string]bool
}

// sameFinding keys a finding by rule and place: a policy file read by Terraform's file() is
// reported once, by the file's own review.
func sameFinding(f finding.Finding) string {
	return fmt.Sprintf("%s|%s|%d", f.RuleID, f.Location.Path, f.Location.StartLine)
}

type docKey struct {
	r    *resource.Resource
	attr string
	item int
}

func (c *cloudPass) report(fs []finding.Finding) {
	for _, f := range fs {
		if c.pass.InScope(f.Location.Path) && !c.said[sameFinding(f)] {
			c.pass.Report(f)
		}
	}
}

// document reads (once) the policy held by attribute v of r, skipping a malformed one with its
// line. key tells apart several policies of one resource (inline_policy blocks, Policies items).
func (c *cloudPass) document(r *resource.Resource, attr string, item int, v *resource.Value, name string) (Document, bool) {
	k := docKey{r, attr, item}
	if d, seen := c.docs[k]; seen {
		if d == nil {
			return Document{}, false
		}
		return *d, true
	}
	d, ok, err := c.policyOf(r, v, name)
	if err != nil {
		loc, reason := r.At(v), err.Error()
		var le *analysis.LineError
		if errors.As(err, &le) {
			loc.StartLine, reason = le.Line, le.Err.Error()
		}
		c.pass.Skip(loc.Path, loc.StartLine, reason)
	}
	if !ok {
		c.docs[k] = nil
		return Document{}, false
	}
	c.docs[k] = &d
	return d, true
}

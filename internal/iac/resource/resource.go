// Package resource is the format-independent model of cloud infrastructure that Terraform
// configurations, Terraform plans and CloudFormation templates are read into, and that every
// cloud rule reads: a Set of Resources, each with its type, address and an attribute tree whose
// values keep their file and line, stay unknown when they cannot be known before apply, and
// remember the resources they were computed from (the joins between resources).
//
// The "cloud" analyzer (package cloudrules) shares the complete *Set of a review, every source
// evaluated, modules expanded, in its second phase. An analyzer that reads it lists AnalyzerName
// in After() and calls FromPass:
//
//	func (a *myAnalyzer) After() []string { return []string{resource.AnalyzerName} }
//	func (a *myAnalyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
//		set := resource.FromPass(p)
//		for _, r := range set.OfType("aws_iam_policy", "AWS::IAM::Policy") { ... }
//	}
package resource

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
)

// AnalyzerName is the name of the analyzer that shares the evaluated *Set.
const AnalyzerName = "cloud"

// FromPass returns the Set shared by the cloud analyzer, or an empty Set when it did not run.
func FromPass(p *analysis.SetPass) *Set {
	if sets := analysis.SharedOf[*Set](p, AnalyzerName); len(sets) > 0 {
		return sets[len(sets)-1]
	}
	return NewSet()
}

// Source is the input format a resource was read from.
type Source string

// Sources.
const (
	Terraform      Source = "terraform"
	TerraformPlan  Source = "terraform-plan"
	CloudFormation Source = "cloudformation"
)

// Resource is one logical resource: a Terraform resource or data block (one, whatever its count or
// for_each), a resource of a plan, or a CloudFormation resource.
type Resource struct {
	Source Source
	// Data marks a Terraform data source (data "aws_iam_policy_document" "x").
	Data bool
	// Type is the provider's type: "aws_s3_bucket", "AWS::S3::Bucket".
	Type string
	// Name is the local name ("logs") or the CloudFormation logical id ("LogsBucket").
	Name string
	// Address is unique within Root: "aws_s3_bucket.logs", "module.store.aws_s3_bucket.logs",
	// "data.aws_iam_policy_document.read", or the logical id. Instance keys are not part of it.
	Address string
	// Module is the module path ("module.store", "module.a.module.b"); empty at the root.
	Module string
	// Root names the configuration the resource belongs to: a Terraform root module's directory
	// ("." for the reviewed root), a plan's or a template's path. Addresses and Refs are scoped to it.
	Root string
	// Attrs is the attribute tree, an Object. For CloudFormation it holds the Properties.
	Attrs *Value
	// Range is the whole declaration: the block or the template entry.
	Range Range
	// Instances lists the instance keys when count or for_each expand the resource ("0", "1" or
	// "a", "b"); InstancesUnknown is set when their number is unknown.
	Instances        []string
	InstancesUnknown bool
	// Calls are the module calls that lead to the resource, outermost first (empty at the root).
	Calls []Call
	// Meta holds format-specific facts outside Attrs: CloudFormation's DeletionPolicy and
	// Condition, Terraform's provider alias ("provider").
	Meta map[string]*Value
}

// Call is a module call on the way to a resource.
type Call struct {
	Name   string // "store" for module "store"
	Source string // "./modules/store"
	Range  Range  // the module block
}

// Provider is the provider a type belongs to: "aws", "google", "azurerm" (from the prefix of a
// Terraform type; "aws" for AWS::, "alexa" for Alexa::).
func (r *Resource) Provider() string {
	if strings.Contains(r.Type, "::") {
		p, _, _ := strings.Cut(r.Type, "::")
		return strings.ToLower(p)
	}
	p, _, _ := strings.Cut(r.Type, "_")
	return p
}

// Get looks up an attribute path (see Value.Get).
func (r *Resource) Get(path ...string) *Value { return r.Attrs.Get(path...) }

// All looks up an attribute path through every list on the way (see Value.All).
func (r *Resource) All(path ...string) []*Value { return r.Attrs.All(path...) }

// Location is the finding location of the resource's declaration (its first line).
func (r *Resource) Location() finding.Location {
	l := r.Range.Location()
	l.EndLine = 0
	return l
}

// At is the finding location of a value of the resource, or of the resource itself when the value
// is absent or has no range of its own in the resource's file.
func (r *Resource) At(v *Value) finding.Location {
	if v == nil || v.Range.Path == "" || v.Range.StartLine == 0 {
		return r.Location()
	}
	return v.Range.Location()
}

// Label names the resource for messages: `aws_s3_bucket.logs` or `LogsBucket (AWS::S3::Bucket)`.
func (r *Resource) Label() string {
	if r.Source == CloudFormation {
		return r.Address + " (" + r.Type + ")"
	}
	return r.Address
}

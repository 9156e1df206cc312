package iamrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/access/cloudroles"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// publicMemberElsewhere lists the GCP IAM types whose public members the cloud analyzer already
// reports with rules about the resource itself (config/gcs-bucket-public,
// config/bigquery-dataset-public, config/gcp-function-public): access/gcp-public-member stays
// quiet on them so that one problem gives one finding.
var publicMemberElsewhere = map[string]bool{
	"google_storage_bucket_iam_member": true, "google_storage_bucket_iam_binding": true,
	"google_bigquery_dataset_iam_member": true, "google_bigquery_dataset_iam_binding": true,
	"google_cloudfunctions_function_iam_member": true, "google_cloudfunctions_function_iam_binding": true,
	"google_cloudfunctions2_function_iam_member": true, "google_cloudfunctions2_function_iam_binding": true,
	"google_cloud_run_service_iam_member": true, "google_cloud_run_service_iam_binding": true,
	"google_cloud_run_v2_service_iam_member": true, "google_cloud_run_v2_service_iam_binding": true,
}

// cloudRoles runs the rules of package cloudroles: GCP bindings, Azure role assignments and
// definitions, and IAM users given keys or policies in code.
func (c *cloudPass) cloudRoles() {
	for _, r := range c.set.Resources {
		if r.Data {
			continue
		}
		switch {
		case strings.HasPrefix(r.Type, "google_") && strings.Contains(r.Type, "_iam_"):
			for _, b := range c.gcpBindings(r) {
				c.report(cloudroles.CheckGCPPrimitiveRole(b))
				if !publicMemberElsewhere[r.Type] {
					c.report(cloudroles.CheckGCPPublicMember(b))
				}
			}
		case r.Type == "azurerm_role_assignment":
			role := firstOf(r.Get("role_definition_name"), r.Get("role_definition_id"))
			if role == nil || role.IsUnknown() {
				continue
			}
			scope := r.Get("scope")
			principal, _ := r.Get("principal_id").AsString()
			c.report(cloudroles.CheckAzurePrivilegedAssignment(cloudroles.AzureAssignment{
				Subject: r.Address, Role: c.text(r, role), Scope: c.text(r, scope), Principal: principal,
			}))
		case r.Type == "azurerm_role_definition":
			c.azureRoleDefinition(r)
		case r.Type == "AWS::IAM::User":
			if !r.Get("Policies").IsNull() || !r.Get("ManagedPolicyArns").IsNull() {
				at := firstOf(r.Get("Policies"), r.Get("ManagedPolicyArns"))
				c.report(cloudroles.CheckUserResource("AWS::IAM::User+Policies", r.Label(), r.At(at)))
			}
		case r.Type == "aws_iam_policy_attachment" || r.Type == "AWS::IAM::Policy" || r.Type == "AWS::IAM::ManagedPolicy":
			// A policy attached to users among other principals.
			if users := firstOf(r.Get("users"), r.Get("Users")); len(users.Elements()) > 0 {
				c.report(cloudroles.CheckUserResource("aws_iam_user_policy_attachment", r.Label(), r.At(users)))
			}
		default:
			c.report(cloudroles.CheckUserResource(r.Type, r.Label(), r.Location()))
		}
	}
}

// text is a value as cloudroles reads it: a known string, or an unknown value's expression
// (data.azurerm_subscription.current.id), at the value's line.
func (c *cloudPass) text(r *resource.Resource, v *resource.Value) cloudroles.Value {
	s, ok := v.AsString()
	if !ok && v.IsUnknown() {
		s = v.Expr
	}
	return cloudroles.Value{Text: s, Location: r.At(v)}
}

// gcpScope is the kind of resource a google_*_iam_* type grants on: "project", "folder",
// "organization", or the words of the type ("storage bucket", "kms crypto key").
func gcpScope(typ string) string {
	s := strings.TrimPrefix(typ, "google_")
	s = s[:strings.Index(s, "_iam_")]
	switch s {
	case "project", "folder", "organization":
		return s
	}
	return strings.ReplaceAll(s, "_", " ")
}

// gcpBindings reads a google_*_iam_member, _binding or _policy (through its data "google_iam_policy")
// as bindings. Unknown roles and members are left out: they are neither a pass nor a fail.
func (c *cloudPass) gcpBindings(r *resource.Resource) []cloudroles.GCPBinding {
	scope := gcpScope(r.Type)
	bind := func(from *resource.Resource, role *resource.Value, members []*resource.Value) (cloudroles.GCPBinding, bool) {
		rs, ok := role.AsString()
		if !ok {
			return cloudroles.GCPBinding{}, false
		}
		b := cloudroles.GCPBinding{Subject: r.Label(), Scope: scope, Role: cloudroles.Value{Text: rs, Location: from.At(role)}}
		for _, m := range members {
			if s, ok := m.AsString(); ok {
				b.Members = append(b.Members, cloudroles.Value{Text: s, Location: from.At(m)})
			}
		}
		return b, true
	}
	var out []cloudroles.GCPBinding
	switch {
	case strings.HasSuffix(r.Type, "_iam_member"):
		if b, ok := bind(r, r.Get("role"), []*resource.Value{r.Get("member")}); ok {
			out = append(out, b)
		}
	case strings.HasSuffix(r.Type, "_iam_binding"):
		if b, ok := bind(r, r.Get("role"), r.Get("members").Elements()); ok {
			out = append(out, b)
		}
	case strings.HasSuffix(r.Type, "_iam_policy"):
		for _, t := range c.set.Targets(r, r.Get("policy_data")) {
			if !t.Data || t.Type != "google_iam_policy" {
				continue
			}
			for _, blk := range t.Get("binding").Elements() {
				if b, ok := bind(t, blk.Get("role"), blk.Get("members").Elements()); ok {
					out = append(out, b)
				}
			}
		}
	}
	return out
}

// azureRoleDefinition judges a custom role's actions; unknown actions or exclusions are not judged.
func (c *cloudPass) azureRoleDefinition(r *resource.Resource) {
	name, _ := r.Get("name").AsString()
	for _, p := range r.Get("permissions").Elements() {
		notActions, ok := p.Get("not_actions").Strings()
		if !ok {
			continue
		}
		d := cloudroles.AzureRoleDefinition{Subject: r.Address, Name: name, NotActions: notActions}
		for _, a := range p.Get("actions").Elements() {
			if s, ok := a.AsString(); ok {
				d.Actions = append(d.Actions, cloudroles.Value{Text: s, Location: r.At(a)})
			}
		}
		c.report(cloudroles.CheckAzureCustomRoleWildcard(d))
	}
}

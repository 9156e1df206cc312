package cloudroles

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func v(text string, line int) Value {
	return Value{Text: text, Location: finding.Location{Path: "main.tf", StartLine: line}}
}

func TestGCPBindings(t *testing.T) {
	for _, c := range []struct {
		name              string
		b                 GCPBinding
		primitive, public int
		sev               finding.Severity
	}{
		{"editor for a group on a project", GCPBinding{Subject: "google_project_iam_binding.devs", Scope: "project",
			Role: v("roles/editor", 3), Members: []Value{v("group:devs@example.com", 4), v("user:ann@example.com", 5)}}, 2, 0, finding.High},
		{"owner on a folder", GCPBinding{Subject: "google_folder_iam_member.ops", Scope: "folder",
			Role: v("roles/owner", 3), Members: []Value{v("serviceAccount:ci@p.iam.gserviceaccount.com", 4)}}, 1, 0, finding.Critical},
		{"editor on a bucket is not a basic-role grant", GCPBinding{Subject: "google_storage_bucket_iam_member.x", Scope: "bucket",
			Role: v("roles/editor", 3), Members: []Value{v("user:ann@example.com", 4)}}, 0, 0, 0},
		{"viewer is left alone", GCPBinding{Subject: "google_project_iam_member.v", Scope: "project",
			Role: v("roles/viewer", 3), Members: []Value{v("user:ann@example.com", 4)}}, 0, 0, 0},
		{"public object viewer", GCPBinding{Subject: "google_storage_bucket_iam_member.site", Scope: "bucket",
			Role: v("roles/storage.objectViewer", 3), Members: []Value{v("allUsers", 4)}}, 0, 1, finding.High},
		{"public editor of a project", GCPBinding{Subject: "google_project_iam_binding.oops", Scope: "project",
			Role: v("roles/editor", 3), Members: []Value{v("allAuthenticatedUsers", 4)}}, 0, 1, finding.Critical},
	} {
		p, pub := CheckGCPPrimitiveRole(c.b), CheckGCPPublicMember(c.b)
		if len(p) != c.primitive || len(pub) != c.public {
			t.Errorf("%s: primitive %d public %d, want %d %d", c.name, len(p), len(pub), c.primitive, c.public)
			continue
		}
		for _, f := range append(p, pub...) {
			if f.Severity != c.sev || f.Location.StartLine != 4 && f.Location.StartLine != 5 {
				t.Errorf("%s: %+v", c.name, f)
			}
		}
	}
}

func TestAzureAssignments(t *testing.T) {
	for _, c := range []struct {
		role, scope string
		want        finding.Severity
	}{
		{"Owner", "/subscriptions/00000000-0000-0000-0000-000000000000", finding.Critical},
		{"contributor", "/subscriptions/00000000-0000-0000-0000-000000000000/", finding.High},
		{"/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "/providers/Microsoft.Management/managementGroups/root", finding.Critical},
		{"Contributor", "data.azurerm_subscription.primary.id", finding.High},
		{"Contributor", "/subscriptions/0000/resourceGroups/app", 0},
		{"Reader", "/subscriptions/0000", 0},
		{"Owner", "azurerm_resource_group.app.id", 0},
	} {
		got := CheckAzurePrivilegedAssignment(AzureAssignment{Subject: "azurerm_role_assignment.x", Role: v(c.role, 2), Scope: v(c.scope, 3), Principal: "ci"})
		switch {
		case c.want == 0 && len(got) != 0:
			t.Errorf("%s at %s: unexpected %v", c.role, c.scope, got[0].Message)
		case c.want != 0 && (len(got) != 1 || got[0].Severity != c.want || got[0].Related[0].StartLine != 3):
			t.Errorf("%s at %s: got %+v, want one %v", c.role, c.scope, got, c.want)
		}
	}
}

func TestAzureCustomRoles(t *testing.T) {
	d := AzureRoleDefinition{Subject: "azurerm_role_definition.ops", Name: "ops", Actions: []Value{
		v("*", 5), v("Microsoft.Storage/storageAccounts/read", 6), v("Microsoft.Authorization/roleAssignments/write", 7)}}
	if got := CheckAzureCustomRoleWildcard(d); len(got) != 2 || got[0].Location.StartLine != 5 || got[1].Location.StartLine != 7 {
		t.Errorf("got %+v", got)
	}
	d.NotActions = []string{"Microsoft.Authorization/*"}
	if got := CheckAzureCustomRoleWildcard(d); len(got) != 1 || got[0].Location.StartLine != 5 {
		t.Errorf("with NotActions on authorization: %+v", got)
	}
	narrow := AzureRoleDefinition{Subject: "s", Name: "reader", Actions: []Value{v("Microsoft.Compute/*/read", 3)}}
	if got := CheckAzureCustomRoleWildcard(narrow); len(got) != 0 {
		t.Errorf("read wildcards are fine: %+v", got)
	}
}

func TestUserResources(t *testing.T) {
	loc := finding.Location{Path: "iam.tf", StartLine: 10}
	for typ, want := range map[string]string{
		"aws_iam_access_key": UserAccessKeyInCode.ID, "AWS::IAM::AccessKey": UserAccessKeyInCode.ID,
		"aws_iam_user_policy": UserPolicyInCode.ID, "aws_iam_user_policy_attachment": UserPolicyInCode.ID,
		"AWS::IAM::User+Policies": UserPolicyInCode.ID, "aws_iam_role_policy": "", "aws_iam_group_policy": "",
	} {
		got := CheckUserResource(typ, "r."+typ, loc)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0].RuleID != want) {
			t.Errorf("%s: got %v, want %q", typ, got, want)
		}
	}
	for _, r := range Rules() {
		if err := r.Validate(); err != nil {
			t.Error(err)
		}
	}
}

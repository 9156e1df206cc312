package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// Remediation snippets. A finding's remediation is written in the language of its source: HCL for
// Terraform configurations and plans, YAML for CloudFormation templates, and names the resource
// it mends.

// isCFN reports whether a resource comes from a CloudFormation template.
func isCFN(r *resource.Resource) bool { return r.Source == resource.CloudFormation }

// get reads an attribute by the dotted path of the resource's source: tf for Terraform, cf for
// CloudFormation.
func get(r *resource.Resource, tf, cf string) *resource.Value {
	p := tf
	if isCFN(r) {
		p = cf
	}
	if p == "" {
		return nil
	}
	return r.Get(strings.Split(p, ".")...)
}

// ref is how a snippet refers to a resource: `aws_vpc.main` in Terraform, `VPC` (for !Ref) in
// CloudFormation.
func ref(r *resource.Resource) string {
	if isCFN(r) {
		return r.Name
	}
	return r.Type + "." + r.Name
}

// pick returns the snippet of the resource's source.
func pick(r *resource.Resource, tf, cf string) string {
	if isCFN(r) {
		return cf
	}
	return tf
}

// indent prefixes every non-empty line of s.
func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// setting renders the fix that sets attributes inside the resource itself: tf is the HCL body to
// add to the resource block, cf the YAML to add under its Properties.
func setting(r *resource.Resource, tf, cf string) string {
	if isCFN(r) {
		return fmt.Sprintf("%s:\n  Type: %s\n  Properties:\n    # ...\n%s\n", r.Name, r.Type, indent(cf, "    "))
	}
	return fmt.Sprintf("resource %q %q {\n  # ...\n%s\n}\n", r.Type, r.Name, indent(tf, "  "))
}

// tfName turns a label into a Terraform name (letters, digits, underscores).
func tfName(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
			b.WriteRune(c)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// cfnName turns a label into a CloudFormation logical id (letters and digits).
func cfnName(s string) string {
	var b strings.Builder
	up := true
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z':
			if up {
				c -= 'a' - 'A'
			}
			b.WriteRune(c)
			up = false
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteRune(c)
			up = false
		default:
			up = true
		}
	}
	return b.String()
}

// quoteList renders strings as an HCL or YAML flow list: ["a", "b"].
func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

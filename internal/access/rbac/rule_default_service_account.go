package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// DefaultServiceAccountBinding is reported for bindings to a namespace's default service account.
var DefaultServiceAccountBinding = &rule.Rule{
	ID:       "access/k8s-default-service-account-binding",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Role bound to a default service account",
	Description: "A binding grants permissions to the service account named default. Every pod of the namespace that " +
		"does not name a service account runs as default, so every such pod gets the permissions.",
	Remediation: "Create a service account for the workload that needs the permissions, bind the role to it and set " +
		"serviceAccountName in that workload only. Leave default without bindings (and with " +
		"automountServiceAccountToken: false).",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts",
	},
}

func checkDefaultServiceAccount(b *Binding) []finding.Finding {
	var out []finding.Finding
	for _, s := range b.Subjects {
		if s.Kind != "ServiceAccount" || s.Name != "default" {
			continue
		}
		ns := s.Namespace
		if ns == "" {
			ns = b.Namespace
		}
		out = append(out, DefaultServiceAccountBinding.Finding(at(b.Path, s.Line), b.ID()+"#default:"+ns,
			fmt.Sprintf("%s binds %s %s to the default service account of namespace %s: every pod there without its own service account gets it",
				b.ID(), b.RoleKind, b.RoleName, orDefault(ns))))
	}
	return out
}

package compose

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var environmentSecret = &check{
	rule: &rule.Rule{
		ID: "secrets/compose-environment-secret", Area: finding.Secrets, Severity: finding.High,
		Title:       "Secret written into a Compose environment",
		Description: "An environment variable whose name says it holds a credential has a literal value in the Compose file: the secret is in the repository and in docker inspect output.",
		Remediation: "Use a variable from an untracked .env file (PASSWORD: ${DB_PASSWORD}) or Compose secrets, and rotate the exposed value.",
		References:  []string{"https://docs.docker.com/compose/how-tos/use-secrets/"},
	},
	service: func(s *Service, r *reporter) {
		for _, e := range s.Environment() {
			if !e.Set || !secretlike.Name(e.Name) || secretlike.IsPlaceholder(e.Value) {
				continue
			}
			r.hits = append(r.hits, hit{rule: r.rule, line: e.Line, subject: "service " + s.Name + " env " + e.Name + " " + finding.SecretHash(e.Value)[:16],
				message: "service " + s.Name + " sets " + e.Name + " to a literal value", evidence: e.Name + "=" + finding.Redact(e.Value)})
		}
	},
}

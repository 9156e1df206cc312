package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/expr"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

var toJSONSecrets = &rule.Rule{
	ID: "pipeline/tojson-secrets", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.High,
	Title: "All secrets serialized with toJSON(secrets)",
	Description: "`toJSON(secrets)` hands every secret available to the job to one step as a single JSON " +
		"value, whatever the step needs; one careless log line or compromised tool leaks them all.",
	Remediation: "Reference only the secrets the step needs, one by one: `${{ secrets.NAME }}`.",
}

func checkToJSONSecrets(c *Context) {
	count := 0
	for _, n := range c.ExprScalars() {
		if !strings.Contains(n.Value, "secrets") || !strings.Contains(n.Value, "${{") {
			continue
		}
		s := ynode.Scalar(n)
		for _, t := range c.W.Templates(n.Value) {
			if t.Err != nil {
				continue
			}
			expr.Walk(t.Node, func(m expr.Node) bool {
				call, ok := m.(*expr.Call)
				if ok && strings.EqualFold(call.Name, "toJSON") && len(call.Args) == 1 {
					if p, ok := expr.Path(call.Args[0]); ok && p == "secrets" {
						line, col := s.Position(t.Start)
						count++
						c.Report(toJSONSecrets, line, col, "toJSON(secrets)#"+itoa(count), "toJSON(secrets) exposes every secret at once")
					}
				}
				return true
			})
		}
	}
}

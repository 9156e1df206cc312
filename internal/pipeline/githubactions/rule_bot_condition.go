package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/expr"
	"github.com/vigil-sec/vigil/internal/rule"
)

var botCondition = &rule.Rule{
	ID: "pipeline/spoofable-bot-check", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Privileged workflow trusts github.actor to identify a bot",
	Description: "`github.actor` is whoever caused the latest event, not who wrote the code. In " +
		"`pull_request_target` and `workflow_run` workflows an attacker can make a bot (Dependabot, Renovate) " +
		"the actor, for example by having it rebase their pull request, and pass an `if: github.actor == " +
		"'dependabot[bot]'` guard.",
	Remediation: "Check the pull request's author instead (`github.event.pull_request.user.login`), and for " +
		"Dependabot use dependabot/fetch-metadata with the pull request's commits verified.",
}

func checkBotCondition(c *Context) {
	if !c.W.HasTrigger(privilegedTriggers...) {
		return
	}
	for _, j := range c.W.Jobs {
		conds := []struct {
			s    Str
			step *Step
		}{{j.If, nil}}
		for _, s := range j.Steps {
			conds = append(conds, struct {
				s    Str
				step *Step
			}{s.If, s})
		}
		for _, cond := range conds {
			n := c.W.ConditionNode(cond.s)
			if n == nil {
				continue
			}
			found := false
			expr.Walk(n, func(m expr.Node) bool {
				b, ok := m.(*expr.Binary)
				if !ok || (b.Op != "==" && b.Op != "!=") || found {
					return !found
				}
				if actorBotCompare(b.Left, b.Right) || actorBotCompare(b.Right, b.Left) {
					found = true
				}
				return !found
			})
			if found {
				c.Report(botCondition, cond.s.Line, cond.s.Col, subjectOf(j, cond.step, "actor"),
					"condition compares github.actor with a bot name in a privileged workflow")
			}
		}
	}
}

func actorBotCompare(a, b expr.Node) bool {
	p, ok := expr.Path(a)
	lit, isLit := b.(*expr.Literal)
	return ok && (p == "github.actor" || p == "github.triggering_actor") && isLit && strings.HasSuffix(strings.ToLower(lit.Value), "[bot]")
}

package githubactions

import (
	"errors"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/expr"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

var expressionSyntax = &rule.Rule{
	ID: "pipeline/expression-syntax", Area: finding.Pipeline, Severity: finding.Low,
	Title: "Invalid GitHub Actions expression",
	Description: "A `${{ }}` expression (or an `if:` condition) does not parse. GitHub rejects the workflow " +
		"or the step at run time, and a broken condition on a security step can silently change when it runs.",
	Remediation: "Fix the expression as the message says (strings use single quotes, comparison is `==`, " +
		"functions take their documented arguments).",
}

func checkExpressionSyntax(c *Context) {
	n := 0
	for _, node := range c.ExprScalars() {
		s := ynode.Scalar(node)
		if !strings.Contains(node.Value, "${{") {
			if _, err := c.W.ParseExpr(node.Value); err != nil && c.IsCondition(node) {
				n++
				c.Report(expressionSyntax, s.Line, s.Col+offsetOf(err), "expr#"+itoa(n), "invalid if: condition: "+message(err))
			}
			continue
		}
		for _, t := range c.W.Templates(node.Value) {
			if t.Err != nil {
				n++
				line, col := s.Position(t.Start)
				c.Report(expressionSyntax, line, col, "expr#"+itoa(n), "invalid expression "+clip(node.Value[t.Start:t.End])+": "+message(t.Err))
			}
		}
	}
}

func offsetOf(err error) int {
	var se *expr.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 {
		return se.Offset
	}
	return 0
}

func message(err error) string {
	var se *expr.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	return err.Error()
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

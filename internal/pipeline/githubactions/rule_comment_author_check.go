package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/expr"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var commentAuthorCheck = &rule.Rule{
	ID: "pipeline/comment-trigger-unchecked", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Comment-triggered job does not check who commented",
	Description: "A job runs on `issue_comment` (chat-ops commands such as `/deploy` or `/test`) without " +
		"checking the commenter's association or permission. Anyone who can comment on a public issue or " +
		"pull request can trigger it, with the repository's token and secrets.",
	Remediation: "Guard the job with `if: contains(fromJSON('[\"OWNER\",\"MEMBER\",\"COLLABORATOR\"]'), " +
		"github.event.comment.author_association)`, or check the actor's permission with the API before acting.",
}

var authorCheckRefs = []string{"github.event.comment.author_association", "github.event.comment.user.login",
	"github.actor", "github.triggering_actor", "github.event.sender.login"}

func checkCommentAuthorCheck(c *Context) {
	t, ok := c.W.Trigger("issue_comment")
	if !ok {
		return
	}
	for _, j := range c.W.Jobs {
		if len(j.Steps) == 0 && j.Uses.Value == "" || authorChecked(c.W, j) || otherEventOnly(c.W, j.If, "issue_comment") {
			continue
		}
		line := j.Line
		c.Report(commentAuthorCheck, line, 0, j.ID,
			"job "+j.ID+" runs on issue_comment (line "+itoa(t.Line)+") without checking the commenter's association or permission")
	}
}

func authorChecked(w *Workflow, j *Job) bool {
	conds := []Str{j.If}
	for _, s := range j.Steps {
		conds = append(conds, s.If)
		if a := s.Action(); strings.Contains(a.Name(), "permission") || strings.Contains(a.Name(), "slash-command") {
			return true
		}
		script, _ := ScriptOf(s)
		if strings.Contains(script.Value, "getCollaboratorPermissionLevel") || strings.Contains(script.Value, "/permission") ||
			strings.Contains(script.Value, "author_association") {
			return true
		}
	}
	for _, cond := range conds {
		for _, r := range w.ConditionRefs(cond) {
			for _, want := range authorCheckRefs {
				if r == want {
					return true
				}
			}
		}
	}
	return false
}

// otherEventOnly reports whether a condition requires `github.event_name == 'x'` for an event other
// than the given one in one of its top-level && terms, so that the job never runs for that event.
func otherEventOnly(w *Workflow, cond Str, event string) bool {
	n := w.ConditionNode(cond)
	var terms []expr.Node
	var split func(expr.Node)
	split = func(n expr.Node) {
		if b, ok := n.(*expr.Binary); ok && b.Op == "&&" {
			split(b.Left)
			split(b.Right)
			return
		}
		terms = append(terms, n)
	}
	if n == nil {
		return false
	}
	split(n)
	for _, t := range terms {
		b, ok := t.(*expr.Binary)
		if !ok || b.Op != "==" {
			continue
		}
		for _, pair := range [][2]expr.Node{{b.Left, b.Right}, {b.Right, b.Left}} {
			p, isPath := expr.Path(pair[0])
			lit, isLit := pair[1].(*expr.Literal)
			if isPath && p == "github.event_name" && isLit && lit.Value != event {
				return true
			}
		}
	}
	return false
}

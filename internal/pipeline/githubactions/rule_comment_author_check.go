package githubactions

import (
	"strings"

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
		if len(j.Steps) == 0 && j.Uses.Value == "" || authorChecked(j) {
			continue
		}
		line := j.Line
		c.Report(commentAuthorCheck, line, 0, j.ID,
			"job "+j.ID+" runs on issue_comment (line "+itoa(t.Line)+") without checking the commenter's association or permission")
	}
}

func authorChecked(j *Job) bool {
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
		for _, r := range ConditionRefs(cond) {
			for _, want := range authorCheckRefs {
				if r == want {
					return true
				}
			}
		}
	}
	return false
}

package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PinComment is reported per file (a comment naming a branch on a SHA pin) and across the repository
// (one SHA claimed as two different versions, or one version pinned to two different SHAs).
var PinComment = &rule.Rule{
	ID: "pipeline/action-pin-comment-mismatch", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "SHA pin's version comment is inconsistent",
	Description: "Reviewers and update bots trust the `# v1.2.3` comment beside a SHA pin. Here the comment " +
		"names a branch, or the same commit is labelled with different versions, or the same version is pinned " +
		"to different commits elsewhere in the repository, so at least one comment does not say what runs. " +
		"A pin that claims a release but points at another commit (for instance a fork's or an attacker's) " +
		"hides in exactly this way.",
	Remediation: "Re-resolve the pinned SHA from the release tag you intend (`git ls-remote --tags`), and keep " +
		"the comment equal to that tag everywhere the action is used.",
}

func checkPinCommentForm(c *Context) {
	for _, u := range c.W.Uses() {
		if !SHA(u.Action.Ref) {
			continue
		}
		if ref := CommentMovingRef(u.Comment); ref != "" {
			c.Report(PinComment, u.Value.Line, u.Value.Col, subjectOf(u.Job, u.Step, u.Action.Name()),
				u.Action.Name()+" is pinned to a SHA whose comment names the moving ref "+ref+", not a release tag")
		}
	}
}

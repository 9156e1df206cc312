package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/expr"
)

// untrustedPaths are event fields that whoever opens an issue, a pull request, a comment, a review,
// a discussion or pushes a branch controls (the list GitHub's own hardening guide gives, and
// derived fields). `*` stands for one segment, `**` for any rest.
var untrustedPaths = []string{
	"github.event.issue.title", "github.event.issue.body",
	"github.event.pull_request.title", "github.event.pull_request.body",
	"github.event.pull_request.head.ref", "github.event.pull_request.head.label",
	"github.event.pull_request.head.repo.default_branch", "github.event.pull_request.head.repo.description",
	"github.event.pull_request.head.repo.homepage",
	"github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
	"github.event.discussion.title", "github.event.discussion.body",
	"github.event.pages.*.page_name",
	"github.event.commits.*.message", "github.event.commits.*.author.email", "github.event.commits.*.author.name",
	"github.event.commits.*.committer.email", "github.event.commits.*.committer.name",
	"github.event.head_commit.message", "github.event.head_commit.author.email", "github.event.head_commit.author.name",
	"github.event.head_commit.committer.email", "github.event.head_commit.committer.name",
	"github.event.workflow_run.head_branch", "github.event.workflow_run.display_title",
	"github.event.workflow_run.head_commit.message", "github.event.workflow_run.head_commit.author.email",
	"github.event.workflow_run.head_commit.author.name", "github.event.workflow_run.pull_requests.*.head.ref",
	"github.event.workflow_run.head_repository.description",
	"github.event.check_suite.head_branch", "github.event.check_run.check_suite.head_branch",
	"github.event.merge_group.head_commit.message",
	"github.head_ref",
}

// wholeObjects are accesses that expand a whole event object holding untrusted fields
// (toJSON(github.event.issue), github.event).
var wholeObjects = []string{"github.event", "github.event.issue", "github.event.pull_request", "github.event.comment",
	"github.event.review", "github.event.review_comment", "github.event.discussion", "github.event.head_commit",
	"github.event.commits", "github.event.pages", "github.event.workflow_run", "github.event.pull_request.head"}

// Untrusted reports whether a context path names attacker-controlled event data.
func Untrusted(path string) bool {
	if path == "github.head_ref" {
		return true
	}
	if !strings.HasPrefix(path, "github.event") {
		return false
	}
	for _, p := range untrustedPaths {
		if expr.MatchPath(p, path) {
			return true
		}
	}
	for _, p := range wholeObjects {
		if path == p {
			return true
		}
	}
	// Fields with free text in any event payload.
	if strings.HasPrefix(path, "github.event.") {
		last := path[strings.LastIndexByte(path, '.')+1:]
		switch last {
		case "body", "title", "message", "head_ref", "page_name", "display_title":
			return true
		}
	}
	return false
}

// Expansion is one context access expanded into text, with its file position.
type Expansion struct {
	Path      string
	Line, Col int
	Template  string
}

// Expansions returns the accesses whose values flow into the text of s (see expr.Flows), with their
// positions. Templates that fail to parse are skipped here (the expression-syntax rule reports them).
func (w *Workflow) Expansions(s Str) []Expansion {
	if !strings.Contains(s.Value, "${{") {
		return nil
	}
	var out []Expansion
	for _, t := range w.Templates(s.Value) {
		if t.Err != nil {
			continue
		}
		line, col := s.Position(t.Start)
		for _, n := range expr.Flows(t.Node) {
			p, _ := expr.Path(n)
			out = append(out, Expansion{Path: p, Line: line, Col: col, Template: s.Value[t.Start:t.End]})
		}
	}
	return out
}

// References returns every context access in the templates of s, predicates included.
func (w *Workflow) References(s Str) []string {
	if !strings.Contains(s.Value, "${{") {
		return nil
	}
	var out []string
	for _, t := range w.Templates(s.Value) {
		if t.Err != nil {
			continue
		}
		for _, n := range expr.Accesses(t.Node) {
			p, _ := expr.Path(n)
			out = append(out, p)
		}
	}
	return out
}

// ConditionRefs returns the context accesses of an `if:` condition, which may be written with or
// without `${{ }}`.
func (w *Workflow) ConditionRefs(s Str) []string {
	if s.Value == "" {
		return nil
	}
	if strings.Contains(s.Value, "${{") {
		return w.References(s)
	}
	n, err := w.ParseExpr(s.Value)
	if err != nil {
		return nil
	}
	var out []string
	for _, a := range expr.Accesses(n) {
		p, _ := expr.Path(a)
		out = append(out, p)
	}
	return out
}

// ConditionNode parses an `if:` condition (nil when it does not parse or holds text around a template).
func (w *Workflow) ConditionNode(s Str) expr.Node {
	v := strings.TrimSpace(s.Value)
	if v == "" {
		return nil
	}
	if strings.HasPrefix(v, "${{") && strings.HasSuffix(v, "}}") {
		ts := w.Templates(v)
		if len(ts) == 1 && ts[0].Err == nil {
			return ts[0].Node
		}
		return nil
	}
	n, err := w.ParseExpr(v)
	if err != nil {
		return nil
	}
	return n
}

// exprCache holds the parsed expressions of one workflow: the same text (an `if:` condition, a
// `${{ }}` in a script) is read by several rules and by the job model, and parsed once.
type exprCache struct {
	templates map[string][]expr.Template
	exprs     map[string]exprResult
}

type exprResult struct {
	n   expr.Node
	err error
}

// Templates is expr.Templates(v), parsed once per workflow. The result is shared: read it only.
func (w *Workflow) Templates(v string) []expr.Template {
	if !strings.Contains(v, "${{") {
		return nil
	}
	if ts, ok := w.exprs.templates[v]; ok {
		return ts
	}
	if w.exprs.templates == nil {
		w.exprs.templates = map[string][]expr.Template{}
	}
	ts := expr.Templates(v)
	w.exprs.templates[v] = ts
	return ts
}

// ParseExpr is expr.Parse(v) (a condition written without `${{ }}`), parsed once per workflow.
func (w *Workflow) ParseExpr(v string) (expr.Node, error) {
	if r, ok := w.exprs.exprs[v]; ok {
		return r.n, r.err
	}
	if w.exprs.exprs == nil {
		w.exprs.exprs = map[string]exprResult{}
	}
	n, err := expr.Parse(v)
	w.exprs.exprs[v] = exprResult{n, err}
	return n, err
}

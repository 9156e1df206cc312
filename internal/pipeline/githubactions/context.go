package githubactions

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Context is what a rule sees of one workflow or action.
type Context struct {
	W      *Workflow
	report func(finding.Finding)
	// tainted step outputs: job id -> step id -> why; tainted job outputs: job id -> output name -> why.
	taintedSteps   map[string]map[string]string
	taintedOutputs map[string]map[string]string
	exprScalars    []*yaml.Node
	walked         bool
	expansions     map[*yaml.Node][]Expansion
}

// Expansions is the package function Expansions, computed once per scalar of this workflow.
func (c *Context) Expansions(s Str) []Expansion {
	if s.Node == nil || !strings.Contains(s.Value, "${{") {
		return nil
	}
	if e, ok := c.expansions[s.Node]; ok {
		return e
	}
	if c.expansions == nil {
		c.expansions = map[*yaml.Node][]Expansion{}
	}
	e := c.W.Expansions(s)
	c.expansions[s.Node] = e
	return e
}

// ExprScalars lists, once per workflow, the scalars that hold `${{` or are if: conditions.
func (c *Context) ExprScalars() []*yaml.Node {
	if c.walked {
		return c.exprScalars
	}
	c.walked = true
	conditions := map[*yaml.Node]bool{}
	for _, j := range c.W.Jobs {
		conditions[j.If.Node] = true
		for _, s := range j.Steps {
			conditions[s.If.Node] = true
		}
	}
	w := &ynode.Walker{Budget: 200000}
	_ = w.Scalars(c.W.Root, false, func(n *yaml.Node) {
		if conditions[n] || strings.Contains(n.Value, "${{") {
			c.exprScalars = append(c.exprScalars, n)
		}
	})
	return c.exprScalars
}

// IsCondition reports whether a scalar is an if: condition of a job or step.
func (c *Context) IsCondition(n *yaml.Node) bool {
	for _, j := range c.W.Jobs {
		if j.If.Node == n {
			return true
		}
		for _, s := range j.Steps {
			if s.If.Node == n {
				return true
			}
		}
	}
	return false
}

// Check is one rule over one workflow.
type Check struct {
	Rule *rule.Rule
	Run  func(c *Context)
}

// NewContext prepares the rules' view of w; findings go to report.
func NewContext(w *Workflow, report func(finding.Finding)) *Context {
	c := &Context{W: w, report: report}
	c.computeTaint()
	return c
}

// Report records a finding at a line (and column, when known) of the workflow file.
func (c *Context) Report(rl *rule.Rule, line, col int, subject, msg string) finding.Finding {
	f := rl.Finding(finding.Location{Path: c.W.Path, StartLine: line, StartColumn: col}, subject, msg)
	c.report(f)
	return f
}

// ReportEvidence records a finding with evidence.
func (c *Context) ReportEvidence(rl *rule.Rule, line, col int, subject, msg, evidence string) {
	f := rl.Finding(finding.Location{Path: c.W.Path, StartLine: line, StartColumn: col}, subject, msg)
	f.Evidence = evidence
	c.report(f)
}

// Env returns the env entries visible to a step: the workflow's, the job's, then the step's own
// (later ones win).
func (c *Context) Env(j *Job, s *Step) []KV {
	out := append([]KV{}, c.W.Env...)
	out = append(out, j.Env...)
	if s != nil {
		out = append(out, s.Env...)
	}
	return out
}

// TaintedEnv returns the names of env variables visible to the step whose values expand
// attacker-controlled event data, with the path each expands.
func (c *Context) TaintedEnv(j *Job, s *Step) map[string]string {
	out := map[string]string{}
	for _, kv := range c.Env(j, s) {
		delete(out, kv.Key.Value)
		for _, e := range c.Expansions(kv.Value) {
			if why := c.untrustedWhy(j, e.Path); why != "" {
				out[kv.Key.Value] = why
			}
		}
	}
	return out
}

// untrustedWhy says why an expanded path is attacker-controlled in job j, or "".
func (c *Context) untrustedWhy(j *Job, path string) string {
	if Untrusted(path) {
		return path
	}
	parts := strings.Split(path, ".")
	if len(parts) >= 4 && parts[0] == "steps" && parts[2] == "outputs" {
		if why, ok := c.taintedSteps[j.ID][parts[1]]; ok {
			return path + " (from " + why + ")"
		}
	}
	if len(parts) >= 4 && parts[0] == "needs" && parts[2] == "outputs" {
		if why, ok := c.taintedOutputs[parts[1]][parts[3]]; ok {
			return path + " (from " + why + ")"
		}
	}
	return ""
}

var writesOutput = regexp.MustCompile(`GITHUB_OUTPUT|::set-output`)

// taintSources are actions whose outputs carry attacker-controlled text (file or branch names).
var taintSources = map[string]string{
	"tj-actions/changed-files": "changed file names",
	"tj-actions/branch-names":  "branch names",
}

// computeTaint marks step outputs that derive from attacker-controlled data, and job outputs that
// pass them on, in job order (a job's outputs are read by later jobs through needs).
func (c *Context) computeTaint() {
	c.taintedSteps = map[string]map[string]string{}
	c.taintedOutputs = map[string]map[string]string{}
	for round := 0; round < 2; round++ {
		for _, j := range c.W.Jobs {
			steps := map[string]string{}
			c.taintedSteps[j.ID] = steps
			for _, s := range j.Steps {
				if s.ID.Value == "" {
					continue
				}
				if why, ok := taintSources[s.Action().Name()]; ok {
					steps[s.ID.Value] = s.Action().Name() + " " + why
					continue
				}
				if s.Run.Value != "" && writesOutput.MatchString(s.Run.Value) {
					for _, e := range c.Expansions(s.Run) {
						if why := c.untrustedWhy(j, e.Path); why != "" {
							steps[s.ID.Value] = why
						}
					}
					for name, why := range c.TaintedEnv(j, s) {
						if strings.Contains(s.Run.Value, "$"+name) || strings.Contains(s.Run.Value, "${"+name) {
							steps[s.ID.Value] = why
						}
					}
				}
			}
			outs := map[string]string{}
			for _, o := range j.Outputs {
				for _, e := range c.Expansions(o.Value) {
					if why := c.untrustedWhy(j, e.Path); why != "" {
						outs[o.Key.Value] = why
					}
				}
			}
			c.taintedOutputs[j.ID] = outs
		}
	}
}

// ScriptOf returns the code a step runs that expressions are expanded into: run:, or the script
// input of actions/github-script. kind is "run" or "script".
func ScriptOf(s *Step) (Str, string) {
	if s.Run.Node != nil {
		return s.Run, "run"
	}
	if s.Action().Is("actions/github-script") {
		if v, ok := Get(s.With, "script"); ok {
			return v, "script"
		}
	}
	return Str{}, ""
}

// subjectOf builds a finding subject from a job and step.
func subjectOf(j *Job, s *Step, detail string) string {
	out := j.ID
	if s != nil {
		out += "/" + s.Label()
	}
	if detail != "" {
		out += "/" + detail
	}
	return out
}

// SHA reports whether a ref is a full 40-hex commit id.
func SHA(ref string) bool {
	if len(ref) != 40 {
		return false
	}
	for _, c := range ref {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

package githubactions

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

// Known keys at each level of a workflow, for the unknown-key check.
var (
	workflowKeys  = keys("name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs")
	jobKeys       = keys("name", "permissions", "needs", "if", "runs-on", "environment", "concurrency", "outputs", "env", "defaults", "steps", "timeout-minutes", "strategy", "continue-on-error", "container", "services", "uses", "with", "secrets", "snapshot")
	stepKeys      = keys("id", "if", "name", "uses", "run", "working-directory", "shell", "with", "env", "continue-on-error", "timeout-minutes")
	containerKeys = keys("image", "credentials", "env", "ports", "volumes", "options")
	actionKeys    = keys("name", "author", "description", "inputs", "outputs", "runs", "branding")
	runsKeys      = keys("using", "steps", "main", "pre", "post", "pre-if", "post-if", "image", "entrypoint", "pre-entrypoint", "post-entrypoint", "args", "env")
	permScopes    = keys("actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues", "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses", "artifact-metadata")
)

func keys(ks ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

// ParseWorkflow parses a workflow file. The error is a *ynode.ParseError for invalid YAML, or an
// error for a document that is not a workflow mapping; structural problems inside an otherwise
// readable workflow are collected in Problems.
func ParseWorkflow(path string, data []byte) (*Workflow, error) {
	root, err := ynode.Parse(data)
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, &ynode.ParseError{Line: root.Line, Msg: "a workflow must be a mapping, not " + ynode.KindName(root)}
	}
	w := &Workflow{Path: path, Root: root}
	w.checkKeys(root, workflowKeys, "workflow")
	for _, p := range ynode.Pairs(root) {
		switch p.Key.Value {
		case "name":
			w.Name = ynode.Scalar(p.Value)
		case "on", "true": // yaml 1.1 readers turn an unquoted on into true; yaml.v3 keeps "on"
			w.OnLine = p.Key.Line
			w.Triggers = w.parseOn(p.Value)
		case "permissions":
			w.Permissions = w.parsePermissions(p.Value)
		case "env":
			w.Env = w.kvs(p.Value, "env")
		case "jobs":
			if !ynode.IsMap(p.Value) {
				w.problem(p.Value, "jobs", "jobs must be a mapping of job ids to jobs, not "+ynode.KindName(p.Value))
				continue
			}
			for _, jp := range ynode.Pairs(p.Value) {
				w.Jobs = append(w.Jobs, w.parseJob(jp))
			}
		}
	}
	if w.OnLine == 0 {
		w.Problems = append(w.Problems, Problem{Line: root.Line, Col: root.Column, Key: "on", Msg: "the workflow has no `on:` triggers"})
	}
	if ynode.Get(root, "jobs") == nil {
		w.Problems = append(w.Problems, Problem{Line: root.Line, Col: root.Column, Key: "jobs", Msg: "the workflow has no `jobs:`"})
	}
	return w, nil
}

func (w *Workflow) problem(n *yaml.Node, key, msg string) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	w.Problems = append(w.Problems, Problem{Line: line, Col: col, Key: key, Msg: msg})
}

func (w *Workflow) checkKeys(n *yaml.Node, known map[string]bool, where string) {
	for _, p := range ynode.Pairs(n) {
		if !known[p.Key.Value] {
			msg := fmt.Sprintf("unknown key %q in %s", p.Key.Value, where)
			if s := closest(p.Key.Value, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			w.problem(p.Key, p.Key.Value, msg)
		}
	}
}

// closest suggests the known key within edit distance 2.
func closest(k string, known map[string]bool) string {
	best, bestD := "", 3
	names := make([]string, 0, len(known))
	for n := range known {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if d := distance(strings.ToLower(k), n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (w *Workflow) parseOn(n *yaml.Node) []Trigger {
	var out []Trigger
	switch {
	case ynode.IsScalar(n):
		out = append(out, Trigger{Event: n.Value, Line: n.Line})
	case ynode.IsSeq(n):
		for _, it := range ynode.Items(n) {
			if it.Kind == yaml.ScalarNode {
				out = append(out, Trigger{Event: it.Value, Line: it.Line})
			}
		}
	case ynode.IsMap(n):
		for _, p := range ynode.Pairs(n) {
			t := Trigger{Event: p.Key.Value, Line: p.Key.Line}
			if ynode.IsMap(p.Value) || ynode.IsSeq(p.Value) {
				t.Config = p.Value
			}
			out = append(out, t)
		}
	default:
		w.problem(n, "on", "on must be an event name, a list or a mapping")
	}
	return out
}

func (w *Workflow) parsePermissions(n *yaml.Node) *Permissions {
	if n == nil {
		return nil
	}
	p := &Permissions{Line: n.Line}
	switch {
	case ynode.IsScalar(n):
		switch n.Value {
		case "read-all", "write-all":
			p.All = n.Value
		default:
			w.problem(n, "permissions", fmt.Sprintf("permissions must be read-all, write-all or a mapping of scopes, not %q", n.Value))
		}
	case ynode.IsMap(n):
		for _, kv := range w.kvs(n, "permissions") {
			if !permScopes[kv.Key.Value] {
				w.problem(kv.Key.Node, kv.Key.Value, fmt.Sprintf("unknown permission scope %q", kv.Key.Value))
			}
			switch kv.Value.Value {
			case "read", "write", "none":
			default:
				w.problem(kv.Value.Node, kv.Key.Value, fmt.Sprintf("permission %s must be read, write or none, not %q", kv.Key.Value, kv.Value.Value))
			}
			p.Scopes = append(p.Scopes, kv)
		}
	}
	return p
}

// kvs reads a mapping of scalars; non-scalar values are kept with their position and empty text.
func (w *Workflow) kvs(n *yaml.Node, where string) []KV {
	if n == nil {
		return nil
	}
	if !ynode.IsMap(n) {
		if ynode.IsScalar(n) && strings.Contains(n.Value, "${{") {
			return nil // a whole mapping from an expression
		}
		w.problem(n, where, where+" must be a mapping, not "+ynode.KindName(n))
		return nil
	}
	var out []KV
	for _, p := range ynode.Pairs(n) {
		out = append(out, KV{Key: ynode.Scalar(p.Key), Value: ynode.Scalar(p.Value)})
	}
	return out
}

func (w *Workflow) parseJob(p ynode.Pair) *Job {
	j := &Job{ID: p.Key.Value, Line: p.Key.Line, Node: p.Value}
	if !ynode.IsMap(p.Value) {
		w.problem(p.Value, j.ID, "job "+j.ID+" must be a mapping, not "+ynode.KindName(p.Value))
		return j
	}
	w.checkKeys(p.Value, jobKeys, "job "+j.ID)
	for _, jp := range ynode.Pairs(p.Value) {
		v := jp.Value
		switch jp.Key.Value {
		case "name":
			j.Name = ynode.Scalar(v)
		case "runs-on":
			j.RunsOnLine = jp.Key.Line
			if ynode.IsMap(v) {
				v = ynode.Get(v, "labels")
			}
			for _, it := range ynode.Items(v) {
				j.RunsOn = append(j.RunsOn, ynode.Scalar(it))
			}
		case "permissions":
			j.Permissions = w.parsePermissions(v)
		case "needs":
			for _, it := range ynode.Items(v) {
				j.Needs = append(j.Needs, ynode.Scalar(it))
			}
		case "if":
			j.If = ynode.Scalar(v)
		case "env":
			j.Env = w.kvs(v, "env")
		case "container":
			j.Container = w.parseContainer("container", v)
		case "services":
			for _, sp := range ynode.Pairs(v) {
				if c := w.parseContainer(sp.Key.Value, sp.Value); c != nil {
					j.Services = append(j.Services, c)
				}
			}
		case "steps":
			if !ynode.IsSeq(v) {
				w.problem(v, "steps", "steps must be a list, not "+ynode.KindName(v))
				continue
			}
			for i, sn := range ynode.Items(v) {
				j.Steps = append(j.Steps, w.parseStep(i, sn))
			}
		case "uses":
			j.Uses = ynode.Scalar(v)
		case "with":
			j.With = w.kvs(v, "with")
		case "secrets":
			if ynode.IsScalar(v) {
				if v.Value == "inherit" {
					j.SecretsInherit = ynode.Scalar(v)
				} else {
					w.problem(v, "secrets", "secrets must be `inherit` or a mapping")
				}
			} else {
				j.Secrets = w.kvs(v, "secrets")
			}
		case "continue-on-error":
			j.ContinueOnError = ynode.Scalar(v)
		case "environment":
			if ynode.IsMap(v) {
				j.Environment = ynode.Scalar(ynode.Get(v, "name"))
			} else {
				j.Environment = ynode.Scalar(v)
			}
		case "outputs":
			j.Outputs = w.kvs(v, "outputs")
		}
	}
	if j.Uses.Value == "" && j.RunsOnLine == 0 {
		w.problem(p.Key, j.ID, "job "+j.ID+" has neither runs-on nor uses")
	}
	return j
}

func (w *Workflow) parseContainer(name string, n *yaml.Node) *Container {
	if n == nil {
		return nil
	}
	c := &Container{Name: name, Line: n.Line}
	if ynode.IsScalar(n) {
		c.Image = ynode.Scalar(n)
		return c
	}
	if !ynode.IsMap(n) {
		w.problem(n, name, name+" must be an image name or a mapping")
		return nil
	}
	w.checkKeys(n, containerKeys, "container "+name)
	for _, p := range ynode.Pairs(n) {
		switch p.Key.Value {
		case "image":
			c.Image = ynode.Scalar(p.Value)
		case "options":
			c.Options = ynode.Scalar(p.Value)
		case "env":
			c.Env = w.kvs(p.Value, "env")
		case "volumes":
			for _, it := range ynode.Items(p.Value) {
				c.Volumes = append(c.Volumes, ynode.Scalar(it))
			}
		case "credentials":
			c.Credentials = w.kvs(p.Value, "credentials")
		}
	}
	return c
}

func (w *Workflow) parseStep(i int, n *yaml.Node) *Step {
	s := &Step{Index: i, Line: n.Line}
	if !ynode.IsMap(n) {
		w.problem(n, "step", fmt.Sprintf("step %d must be a mapping, not %s", i+1, ynode.KindName(n)))
		return s
	}
	w.checkKeys(n, stepKeys, "step "+itoa(i+1))
	for _, p := range ynode.Pairs(n) {
		v := p.Value
		switch p.Key.Value {
		case "id":
			s.ID = ynode.Scalar(v)
		case "name":
			s.Name = ynode.Scalar(v)
		case "if":
			s.If = ynode.Scalar(v)
		case "uses":
			s.Uses = ynode.Scalar(v)
		case "run":
			s.Run = ynode.Scalar(v)
		case "shell":
			s.Shell = ynode.Scalar(v)
		case "with":
			s.With = w.kvs(v, "with")
		case "env":
			s.Env = w.kvs(v, "env")
		case "continue-on-error":
			s.ContinueOnError = ynode.Scalar(v)
		case "working-directory":
			s.WorkingDir = ynode.Scalar(v)
		}
	}
	if s.Uses.Value != "" && s.Run.Value != "" {
		w.problem(n, "step", "step "+s.Label()+" has both uses and run")
	}
	if s.Uses.Node == nil && s.Run.Node == nil {
		w.problem(n, "step", "step "+s.Label()+" has neither uses nor run")
	}
	return s
}

// ParseAction parses an action.yml. Composite steps become the steps of one job named "(action)".
func ParseAction(path string, data []byte) (*Workflow, error) {
	root, err := ynode.Parse(data)
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, &ynode.ParseError{Line: root.Line, Msg: "an action must be a mapping, not " + ynode.KindName(root)}
	}
	w := &Workflow{Path: path, IsAction: true, Root: root}
	w.checkKeys(root, actionKeys, "action")
	w.Name = ynode.Scalar(ynode.Get(root, "name"))
	for _, p := range ynode.Pairs(ynode.Get(root, "inputs")) {
		w.Inputs = append(w.Inputs, p.Key.Value)
	}
	runs := ynode.Get(root, "runs")
	if runs == nil {
		w.problem(root, "runs", "the action has no `runs:`")
		return w, nil
	}
	w.checkKeys(runs, runsKeys, "runs")
	j := &Job{ID: "(action)", Line: runs.Line, Node: runs}
	switch using := ynode.Scalar(ynode.Get(runs, "using")).Value; using {
	case "composite":
		steps := ynode.Get(runs, "steps")
		for i, sn := range ynode.Items(steps) {
			j.Steps = append(j.Steps, w.parseStep(i, sn))
		}
	case "docker":
		w.ActionImage = ynode.Scalar(ynode.Get(runs, "image"))
		j.Env = w.kvs(ynode.Get(runs, "env"), "env")
	}
	w.Jobs = []*Job{j}
	return w, nil
}

// IsParseError reports whether err is a YAML syntax error, with its line.
func IsParseError(err error) (int, bool) {
	var pe *ynode.ParseError
	if errors.As(err, &pe) {
		return pe.Line, true
	}
	return 0, false
}

// Package githubactions parses GitHub Actions workflows, composite and Docker actions (action.yml)
// and Dependabot configuration into a typed model with positions, and holds the rules that read it.
// Expressions are parsed into ASTs (package expr); nothing is evaluated or run.
package githubactions

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

// Str is a positioned scalar.
type Str = ynode.Str

// Workflow is a parsed workflow file, or an action.yml whose steps are seen as one job.
type Workflow struct {
	Path string
	// IsAction is set for action.yml files: Jobs then holds one job named "(action)" with the
	// composite steps, Inputs the action's inputs.
	IsAction bool
	Name     Str
	Triggers []Trigger
	OnLine   int
	// Permissions is nil when the workflow sets none.
	Permissions *Permissions
	Env         []KV
	Jobs        []*Job
	Inputs      []string
	// ActionImage is the image of a Docker action (`runs.using: docker`).
	ActionImage Str
	Root        *yaml.Node
	// Problems are structural problems (unknown keys, wrong types) found while parsing.
	Problems []Problem
	uses     []UsesRef
	exprs    exprCache
}

// Trigger is one event of `on:`.
type Trigger struct {
	Event string
	Line  int
	// Config is the event's filter mapping (branches, types ...), nil when it has none.
	Config *yaml.Node
}

// Problem is a structural problem in the file.
type Problem struct {
	Line, Col int
	Key       string
	Msg       string
}

// Permissions is a `permissions:` block.
type Permissions struct {
	Line int
	// All is "read-all", "write-all" or "" when scopes are listed (an empty mapping means none).
	All    string
	Scopes []KV
}

// Scope returns the level of a scope ("read", "write", "none"), "" when not listed.
func (p *Permissions) Scope(name string) string {
	if p == nil {
		return ""
	}
	switch p.All {
	case "write-all":
		return "write"
	case "read-all":
		return "read"
	}
	for _, s := range p.Scopes {
		if s.Key.Value == name {
			return s.Value.Value
		}
	}
	return "none"
}

// Writes lists the scopes with write access (for write-all, "write-all").
func (p *Permissions) Writes() []KV {
	if p == nil {
		return nil
	}
	var out []KV
	for _, s := range p.Scopes {
		if s.Value.Value == "write" {
			out = append(out, s)
		}
	}
	return out
}

// KV is one entry of a mapping with scalar-ish value (env, with, outputs, permission scopes).
type KV struct {
	Key   Str
	Value Str
}

// Get finds a key in a list of entries.
func Get(kvs []KV, key string) (Str, bool) {
	for _, kv := range kvs {
		if kv.Key.Value == key {
			return kv.Value, true
		}
	}
	return Str{}, false
}

// Job is one job of a workflow.
type Job struct {
	ID     string
	Line   int
	Name   Str
	RunsOn []Str
	// RunsOnLine is the line of runs-on (0 when absent).
	RunsOnLine      int
	Permissions     *Permissions
	Needs           []Str
	If              Str
	Env             []KV
	Container       *Container
	Services        []*Container
	Steps           []*Step
	Uses            Str // reusable workflow
	With            []KV
	SecretsInherit  Str // set to the `inherit` scalar
	Secrets         []KV
	ContinueOnError Str
	Environment     Str
	Outputs         []KV
	Node            *yaml.Node
}

// Container is a job container or a service.
type Container struct {
	Name        string
	Line        int
	Image       Str
	Options     Str
	Env         []KV
	Volumes     []Str
	Credentials []KV
}

// Step is one step of a job or composite action.
type Step struct {
	Index           int
	Line            int
	ID              Str
	Name            Str
	If              Str
	Uses            Str
	Run             Str
	Shell           Str
	With            []KV
	Env             []KV
	ContinueOnError Str
	WorkingDir      Str
	action          *Action
}

// Label names the step in messages and subjects: its id, else its name, else its number.
func (s *Step) Label() string {
	switch {
	case s.ID.Value != "":
		return s.ID.Value
	case s.Name.Value != "":
		return s.Name.Value
	}
	return itoa(s.Index + 1)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// Action is a parsed `uses:` reference.
type Action struct {
	// Owner/Repo/Path for remote actions ("actions", "checkout", ""), or Local for ./path and
	// Docker for docker://image.
	Owner, Repo, Path, Ref string
	Local, Docker          bool
	Raw                    string
	name, repository       string
}

// Name is owner/repo[/path] in lower case.
func (a Action) Name() string { return a.name }

// Repository is owner/repo in lower case.
func (a Action) Repository() string { return a.repository }

// ParseUses reads a `uses:` value.
func ParseUses(s string) Action {
	a := Action{Raw: s}
	switch {
	case strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../"):
		a.Local = true
		return a
	case strings.HasPrefix(s, "docker://"):
		a.Docker = true
		return a
	}
	name, ref, _ := strings.Cut(s, "@")
	a.Ref = ref
	parts := strings.SplitN(name, "/", 3)
	a.Owner = parts[0]
	if len(parts) > 1 {
		a.Repo = parts[1]
	}
	if len(parts) > 2 {
		a.Path = parts[2]
	}
	a.repository = strings.ToLower(a.Owner + "/" + a.Repo)
	a.name = a.repository
	if a.Path != "" {
		a.name += "/" + strings.ToLower(a.Path)
	}
	return a
}

// Is reports whether the action is one of the given owner/repo[/path] names (case-insensitive).
func (a Action) Is(names ...string) bool {
	n := a.Name()
	for _, x := range names {
		if n == x {
			return true
		}
	}
	return false
}

// Action parses a step's uses (zero Action when it has none), once.
func (s *Step) Action() Action {
	if s.Uses.Value == "" {
		return Action{}
	}
	if s.action == nil {
		a := ParseUses(s.Uses.Value)
		s.action = &a
	}
	return *s.action
}

// HasTrigger reports whether the workflow runs on any of the events.
func (w *Workflow) HasTrigger(events ...string) bool {
	for _, t := range w.Triggers {
		for _, e := range events {
			if t.Event == e {
				return true
			}
		}
	}
	return false
}

// Trigger returns the trigger for an event.
func (w *Workflow) Trigger(event string) (Trigger, bool) {
	for _, t := range w.Triggers {
		if t.Event == event {
			return t, true
		}
	}
	return Trigger{}, false
}

// Job finds a job by id.
func (w *Workflow) Job(id string) *Job {
	for _, j := range w.Jobs {
		if j.ID == id {
			return j
		}
	}
	return nil
}

// EffectivePermissions is the job's own permissions block, else the workflow's.
func (w *Workflow) EffectivePermissions(j *Job) *Permissions {
	if j.Permissions != nil {
		return j.Permissions
	}
	return w.Permissions
}

package gitlabci

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
)

var jobKeys = map[string]bool{"after_script": true, "allow_failure": true, "artifacts": true, "before_script": true, "cache": true,
	"coverage": true, "dast_configuration": true, "dependencies": true, "environment": true, "except": true, "extends": true,
	"hooks": true, "id_tokens": true, "identity": true, "image": true, "inherit": true, "interruptible": true,
	"manual_confirmation": true, "needs": true, "only": true, "pages": true, "parallel": true, "release": true,
	"resource_group": true, "retry": true, "rules": true, "script": true, "run": true, "secrets": true, "services": true,
	"stage": true, "tags": true, "timeout": true, "trigger": true, "variables": true, "when": true}

// Job is a resolved job: its own keys merged over what it extends.
type Job struct {
	Name  string
	Path  string
	Line  int
	Value *Value
}

// Jobs resolves every visible job (hidden `.templates` are only used through extends), reporting
// structural problems to the config.
func (c *Config) Jobs() []*Job {
	var out []*Job
	for _, name := range c.TopOrder {
		v := c.Top[name]
		if keywords[name] || strings.HasPrefix(name, ".") {
			continue
		}
		at := c.KeyAt[name]
		if !v.IsMap() {
			c.Problems = append(c.Problems, Problem{Path: at.Path, Line: at.Line, Col: at.Col, Key: name, Msg: fmt.Sprintf("job %s must be a mapping", name)})
			continue
		}
		resolved := c.extend(name, v, 0, map[string]bool{})
		for _, f := range resolved.Fields {
			if !jobKeys[f.Key] {
				c.Problems = append(c.Problems, Problem{Path: f.Value.pathOr(at.Path), Line: f.KeyLine, Key: f.Key, Msg: fmt.Sprintf("unknown key %q in job %s", f.Key, name)})
			}
		}
		if resolved.Get("script") == nil && resolved.Get("trigger") == nil && resolved.Get("run") == nil {
			c.Problems = append(c.Problems, Problem{Path: at.Path, Line: at.Line, Col: at.Col, Key: name, Msg: "job " + name + " has no script, run or trigger"})
		}
		out = append(out, &Job{Name: name, Path: at.Path, Line: at.Line, Value: resolved})
	}
	return out
}

func (v *Value) pathOr(p string) string {
	if v != nil && v.Path != "" {
		return v.Path
	}
	return p
}

// extend merges the templates a job extends under it, recursively.
func (c *Config) extend(name string, v *Value, depth int, visiting map[string]bool) *Value {
	ext := v.Get("extends")
	if ext == nil {
		return v
	}
	if depth >= MaxExtendsDepth || visiting[name] {
		c.Problems = append(c.Problems, Problem{Path: ext.Path, Line: ext.Line(), Key: "extends", Msg: "extends of " + name + " nest too deep or form a cycle"})
		return v
	}
	visiting[name] = true
	defer delete(visiting, name)
	var base *Value
	for _, it := range ext.Items() {
		parent := it.Str()
		pv, ok := c.Top[parent]
		if !ok || !pv.IsMap() {
			c.Problems = append(c.Problems, Problem{Path: it.Path, Line: it.Line(), Key: "extends", Msg: fmt.Sprintf("%s extends %q, which is not defined", name, parent)})
			continue
		}
		base = merge(base, c.extend(parent, pv, depth+1, visiting), 0)
	}
	out := merge(base, v, 0)
	// extends itself is not inherited
	return out
}

// reference resolves a `!reference [job, key, ...]` tag.
func (c *Config) reference(n *yaml.Node) *Value {
	var cur *Value
	for i, part := range n.Content {
		if i == 0 {
			cur = c.Top[part.Value]
			continue
		}
		cur = cur.Get(part.Value)
	}
	return cur
}

// scripts flattens a script list (nested lists and !reference tags included).
func (c *Config) scripts(v *Value, depth int) []*Value {
	if v == nil || depth > 10 {
		return nil
	}
	if v.Node.Tag == "!reference" && v.Node.Kind == yaml.SequenceNode {
		return c.scripts(c.reference(v.Node), depth+1)
	}
	if v.Node.Kind == yaml.ScalarNode {
		return []*Value{v}
	}
	var out []*Value
	for _, it := range v.Items() {
		out = append(out, c.scripts(it, depth+1)...)
	}
	return out
}

// Stages returns the stage order.
func (c *Config) Stages() []string {
	st := c.Top["stages"]
	if st == nil {
		return []string{".pre", "build", "test", "deploy", ".post"}
	}
	out := []string{".pre"}
	for _, it := range st.Items() {
		out = append(out, it.Str())
	}
	return append(out, ".post")
}

// defaultValue returns a default: key from `default:`, else the deprecated top-level key.
func (c *Config) defaultValue(key string) *Value {
	if d := c.Top["default"]; d != nil {
		if v := d.Get(key); v != nil {
			return v
		}
	}
	return c.Top[key]
}

// inherits reports whether a job inherits the defaults or global variables (`inherit:`).
func inherits(j *Job, what string) bool {
	in := j.Value.Get("inherit")
	if in == nil {
		return true
	}
	v := in.Get(what)
	if v == nil {
		return true
	}
	return v.Str() != "false"
}

// Model converts the jobs to the platform-neutral job model.
func (c *Config) Model(jobs []*Job) *cimodel.Pipeline {
	p := &cimodel.Pipeline{Platform: cimodel.GitLabCI, Path: c.Path}
	stages := c.Stages()
	stageOf := map[string]int{}
	for _, j := range jobs {
		stageOf[j.Name] = indexOf(stages, c.stage(j))
	}
	for _, j := range jobs {
		mj := &cimodel.Job{ID: j.Name, Path: j.Path, Line: j.Line}
		img := j.Value.Get("image")
		if img == nil && inherits(j, "default") {
			img = c.defaultValue("image")
		}
		if img != nil {
			mj.Images = append(mj.Images, imageOf(img, cimodel.RoleJob))
		}
		svcs := j.Value.Get("services")
		if svcs == nil && inherits(j, "default") {
			svcs = c.defaultValue("services")
		}
		for _, s := range svcs.Items() {
			mj.Images = append(mj.Images, imageOf(s, cimodel.RoleService))
		}
		for _, key := range []string{"before_script", "script", "after_script"} {
			v := j.Value.Get(key)
			if v == nil && key != "script" && inherits(j, "default") {
				v = c.defaultValue(key)
			}
			for _, s := range c.scripts(v, 0) {
				mj.Scripts = append(mj.Scripts, cimodel.Script{Text: s.Str(), Step: key, Path: s.Path, Line: scriptLine(s), Exact: scriptExact(s)})
			}
		}
		if inherits(j, "variables") {
			mj.Variables = append(mj.Variables, variables(c.Top["variables"], "global")...)
		}
		mj.Variables = append(mj.Variables, variables(j.Value.Get("variables"), "job")...)
		if needs := j.Value.Get("needs"); needs != nil {
			for _, n := range needs.Items() {
				if n.IsMap() {
					mj.Needs = append(mj.Needs, n.Get("job").Str())
				} else {
					mj.Needs = append(mj.Needs, n.Str())
				}
			}
		} else {
			for _, other := range jobs {
				if stageOf[other.Name] < stageOf[j.Name] {
					mj.Needs = append(mj.Needs, other.Name)
				}
			}
		}
		for _, t := range j.Value.Get("tags").Items() {
			if t.Str() != "" && !strings.HasPrefix(t.Str(), "saas-") && !strings.HasPrefix(t.Str(), "gitlab-org") {
				mj.SelfHosted = true
			}
		}
		c.classify(j, mj)
		p.Jobs = append(p.Jobs, mj)
	}
	return p
}

func (c *Config) stage(j *Job) string {
	if s := j.Value.Get("stage").Str(); s != "" {
		return s
	}
	return "test"
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return len(list)
}

func scriptLine(s *Value) int {
	if s.Node.Style == yaml.LiteralStyle {
		return s.Node.Line + 1
	}
	return s.Node.Line
}

func scriptExact(s *Value) bool {
	return s.Node.Style == yaml.LiteralStyle || s.Node.Style == 0 && !strings.Contains(s.Node.Value, "\n")
}

func imageOf(v *Value, role string) cimodel.Image {
	img := cimodel.Image{Role: role, Path: v.Path, Line: v.Line()}
	if v.IsMap() {
		img.Ref = v.Get("name").Str()
		img.Name = v.Get("alias").Str()
		if u := v.Get("docker").Get("user").Str(); u != "" {
			img.Options = "--user " + u
		}
		return img
	}
	img.Ref = v.Str()
	return img
}

func variables(v *Value, scope string) []cimodel.Variable {
	var out []cimodel.Variable
	if v == nil {
		return nil
	}
	for _, f := range v.Fields {
		val := f.Value
		if val.IsMap() {
			val = val.Get("value")
		}
		out = append(out, cimodel.Variable{Name: f.Key, Value: val.Str(), Scope: scope, Path: f.Value.pathOr(v.Path), Line: f.KeyLine})
	}
	return out
}

// classify sets the release-gate facts of a job.
func (c *Config) classify(j *Job, mj *cimodel.Job) {
	stage := c.stage(j)
	env := j.Value.Get("environment")
	envName := env.Str()
	if env.IsMap() {
		envName = env.Get("name").Str()
	}
	switch {
	case envName != "" && jobrules.IsDeployName(envName):
		mj.Deploy = &cimodel.Flag{Reason: "environment " + envName, Path: j.Path, Line: j.Line}
	case jobrules.IsDeployName(stage):
		mj.Deploy = &cimodel.Flag{Reason: "stage " + stage, Path: j.Path, Line: j.Line}
	case jobrules.IsDeployName(j.Name):
		mj.Deploy = &cimodel.Flag{Reason: "named " + j.Name, Path: j.Path, Line: j.Line}
	}
	security := jobrules.IsSecurityTool(j.Name) || jobrules.IsSecurityTool(stage)
	for _, im := range mj.Images {
		security = security || jobrules.IsSecurityTool(im.Ref)
	}
	for _, s := range mj.Scripts {
		security = security || jobrules.IsSecurityTool(s.Text)
	}
	if security && mj.Deploy == nil {
		mj.Security = &cimodel.Flag{Reason: "job " + j.Name, Path: j.Path, Line: j.Line}
		if f, ok := j.Value.Field("allow_failure"); ok && f.Value.Str() == "true" {
			mj.FailureAllowed = append(mj.FailureAllowed, cimodel.Flag{Reason: "security job " + j.Name, Path: f.Value.pathOr(j.Path), Line: f.KeyLine})
		}
	}
	if mj.Deploy != nil {
		if f, ok := j.Value.Field("when"); ok && f.Value.Str() == "always" {
			mj.RunsAlways = &cimodel.Flag{Reason: "when: always", Path: f.Value.pathOr(j.Path), Line: f.KeyLine}
		}
		for _, r := range j.Value.Get("rules").Items() {
			if f, ok := r.Field("when"); ok && f.Value.Str() == "always" && mj.RunsAlways == nil {
				mj.RunsAlways = &cimodel.Flag{Reason: "rules: when: always", Path: f.Value.pathOr(j.Path), Line: f.KeyLine}
			}
		}
	}
}

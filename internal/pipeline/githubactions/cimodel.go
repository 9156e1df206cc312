package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/expr"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
)

// Model converts a workflow (or action) to the platform-neutral job model.
func Model(w *Workflow) *cimodel.Pipeline {
	p := &cimodel.Pipeline{Platform: cimodel.GitHubActions, Path: w.Path}
	for _, j := range w.Jobs {
		p.Jobs = append(p.Jobs, modelJob(w, j))
	}
	return p
}

func modelJob(w *Workflow, j *Job) *cimodel.Job {
	mj := &cimodel.Job{ID: j.ID, Path: w.Path, Line: j.Line, SelfHosted: selfHosted(j)}
	if c := j.Container; c != nil && c.Image.Value != "" {
		mj.Images = append(mj.Images, cimodel.Image{Ref: c.Image.Value, Role: cimodel.RoleJob, Options: containerOptions(c), Path: w.Path, Line: c.Image.Line, OptionsLine: optionsLine(c)})
	}
	for _, c := range j.Services {
		if c.Image.Value != "" {
			mj.Images = append(mj.Images, cimodel.Image{Ref: c.Image.Value, Role: cimodel.RoleService, Name: c.Name, Options: containerOptions(c), Path: w.Path, Line: c.Image.Line, OptionsLine: optionsLine(c)})
		}
	}
	if img := w.ActionImage; img.Value != "" && !strings.EqualFold(img.Value, "Dockerfile") && strings.HasPrefix(img.Value, "docker://") {
		mj.Images = append(mj.Images, cimodel.Image{Ref: strings.TrimPrefix(img.Value, "docker://"), Role: cimodel.RoleStep, Path: w.Path, Line: img.Line})
	}
	addVars := func(scope string, kvs []KV) {
		for _, kv := range kvs {
			mj.Variables = append(mj.Variables, cimodel.Variable{Name: kv.Key.Value, Value: kv.Value.Value, Scope: scope, Path: w.Path, Line: kv.Key.Line, Col: kv.Key.Col})
		}
	}
	addVars("workflow", w.Env)
	addVars("job", j.Env)
	for _, c := range append([]*Container{j.Container}, j.Services...) {
		if c != nil {
			addVars("container", c.Env)
			addVars("container", c.Credentials)
		}
	}
	inherited := secretNames(w, w.Env, j.Env)
	for _, s := range j.Steps {
		addVars("step", s.Env)
		if a := s.Action(); a.Docker {
			mj.Images = append(mj.Images, cimodel.Image{Ref: strings.TrimPrefix(s.Uses.Value, "docker://"), Role: cimodel.RoleStep, Name: s.Label(), Path: w.Path, Line: s.Uses.Line})
		}
		if s.Run.Node != nil {
			mj.Scripts = append(mj.Scripts, cimodel.Script{Text: s.Run.Value, Shell: s.Shell.Value, Step: s.Label(), Path: w.Path,
				Line: s.Run.Line, Exact: s.Run.Literal, SecretEnv: append(secretNames(w, s.Env), inherited...)})
		}
	}
	for _, n := range j.Needs {
		mj.Needs = append(mj.Needs, n.Value)
	}
	classify(w, j, mj)
	return mj
}

func optionsLine(c *Container) int {
	if c.Options.Valid() {
		return c.Options.Line
	}
	return 0
}

func containerOptions(c *Container) string {
	opts := c.Options.Value
	for _, v := range c.Volumes {
		opts += " -v " + v.Value
	}
	return strings.TrimSpace(opts)
}

// secretNames names the env variables whose values read secrets.
func secretNames(w *Workflow, envs ...[]KV) []string {
	var out []string
	for _, kvs := range envs {
		for _, kv := range kvs {
			if !strings.Contains(kv.Value.Value, "secrets") {
				continue
			}
			for _, r := range w.References(kv.Value) {
				if strings.HasPrefix(r, "secrets.") {
					out = append(out, kv.Key.Value)
					break
				}
			}
		}
	}
	return out
}

// classify sets the release-gate facts of a job: deploy, security, allowed failures, always().
func classify(w *Workflow, j *Job, mj *cimodel.Job) {
	switch {
	case j.Environment.Value != "" && jobrules.IsDeployName(j.Environment.Value):
		mj.Deploy = &cimodel.Flag{Reason: "environment " + j.Environment.Value, Path: w.Path, Line: j.Environment.Line}
	case jobrules.IsDeployName(j.ID) || jobrules.IsDeployName(j.Name.Value):
		mj.Deploy = &cimodel.Flag{Reason: "named " + j.ID, Path: w.Path, Line: j.Line}
	}
	if jobrules.IsSecurityTool(j.ID) || jobrules.IsSecurityTool(j.Name.Value) {
		mj.Security = &cimodel.Flag{Reason: "named " + j.ID, Path: w.Path, Line: j.Line}
	}
	for _, s := range j.Steps {
		if securityStep(s) {
			if mj.Security == nil {
				mj.Security = &cimodel.Flag{Reason: "step " + s.Label(), Path: w.Path, Line: s.Line}
			}
			if truthy(s.ContinueOnError.Value) {
				mj.FailureAllowed = append(mj.FailureAllowed, cimodel.Flag{Reason: "security step " + s.Label(), Path: w.Path, Line: s.ContinueOnError.Line})
			}
		}
	}
	if mj.Security != nil && truthy(j.ContinueOnError.Value) {
		mj.FailureAllowed = append(mj.FailureAllowed, cimodel.Flag{Reason: "security job " + j.ID, Path: w.Path, Line: j.ContinueOnError.Line})
	}
	if mj.Deploy != nil && callsAlways(w, j.If) {
		mj.RunsAlways = &cimodel.Flag{Reason: "if: " + j.If.Value, Path: w.Path, Line: j.If.Line}
	}
	if mj.RunsAlways == nil {
		for _, s := range j.Steps {
			if callsAlways(w, s.If) && (mj.Deploy != nil || jobrules.IsDeployName(s.Label()) || jobrules.IsDeployName(s.Uses.Value)) {
				if mj.Deploy == nil {
					mj.Deploy = &cimodel.Flag{Reason: "step " + s.Label(), Path: w.Path, Line: s.Line}
				}
				mj.RunsAlways = &cimodel.Flag{Reason: "step " + s.Label() + " if: " + s.If.Value, Path: w.Path, Line: s.If.Line}
				break
			}
		}
	}
}

func securityStep(s *Step) bool {
	return jobrules.IsSecurityTool(s.Uses.Value) || jobrules.IsSecurityTool(s.Name.Value) || jobrules.IsSecurityTool(s.ID.Value) ||
		s.Run.Value != "" && jobrules.IsSecurityTool(s.Run.Value)
}

func truthy(v string) bool { return strings.EqualFold(strings.TrimSpace(v), "true") }

// callsAlways reports whether a condition calls always() (which runs after failures) other than
// under a negation.
func callsAlways(w *Workflow, s Str) bool {
	n := w.ConditionNode(s)
	if n == nil {
		return false
	}
	found := false
	expr.Walk(n, func(m expr.Node) bool {
		if _, neg := m.(*expr.Not); neg {
			return false
		}
		if c, ok := m.(*expr.Call); ok && strings.EqualFold(c.Name, "always") {
			found = true
		}
		return !found
	})
	return found
}

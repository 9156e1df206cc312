// Package azurepipelines reads Azure Pipelines YAML (azure-pipelines.yml) into the job model (cimodel)
// and holds the Azure-specific rules. Templates from other repositories are never fetched; their
// pins are checked.
package azurepipelines

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Rules lists the Azure Pipelines rules' metadata.
func Rules() []*rule.Rule { return []*rule.Rule{repoNotPinned} }

type model struct {
	path       string
	containers map[string]*yaml.Node
	global     []cimodel.Variable
	p          *cimodel.Pipeline
}

// Model converts a parsed pipeline to the job model.
func Model(path string, root *yaml.Node) *cimodel.Pipeline {
	m := &model{path: path, containers: map[string]*yaml.Node{}, p: &cimodel.Pipeline{Platform: cimodel.AzurePipelines, Path: path}}
	for _, c := range ynode.Items(ynode.Get(ynode.Get(root, "resources"), "containers")) {
		m.containers[ynode.Scalar(ynode.Get(c, "container")).Value] = c
	}
	m.global = m.variables(ynode.Get(root, "variables"), "global")
	rootPool := ynode.Get(root, "pool")
	switch {
	case ynode.Get(root, "stages") != nil:
		for _, st := range ynode.Items(ynode.Get(root, "stages")) {
			for _, j := range ynode.Items(ynode.Get(st, "jobs")) {
				m.job(j, rootPool)
			}
		}
	case ynode.Get(root, "jobs") != nil:
		for _, j := range ynode.Items(ynode.Get(root, "jobs")) {
			m.job(j, rootPool)
		}
	case ynode.Get(root, "steps") != nil:
		m.job(root, rootPool)
	}
	return m.p
}

func (m *model) job(n, pool *yaml.Node) {
	id := ynode.Scalar(ynode.Get(n, "job")).Value
	deployment := ynode.Scalar(ynode.Get(n, "deployment"))
	if deployment.Value != "" {
		id = deployment.Value
	}
	if id == "" {
		id = "(pipeline)"
	}
	j := &cimodel.Job{ID: id, Path: m.path, Line: n.Line}
	if p := ynode.Get(n, "pool"); p != nil {
		pool = p
	}
	if pool != nil && (ynode.IsScalar(pool) || ynode.Get(pool, "vmImage") == nil) {
		j.SelfHosted = true
	}
	if c := ynode.Get(n, "container"); c != nil {
		m.image(j, c, cimodel.RoleJob)
	}
	for _, s := range ynode.Pairs(ynode.Get(n, "services")) {
		m.image(j, s.Value, cimodel.RoleService)
	}
	j.Variables = append(append(j.Variables, m.global...), m.variables(ynode.Get(n, "variables"), "job")...)
	for _, d := range ynode.Items(ynode.Get(n, "dependsOn")) {
		j.Needs = append(j.Needs, d.Value)
	}
	steps := ynode.Get(n, "steps")
	if deployment.Value != "" {
		for _, phase := range ynode.Pairs(ynode.Get(n, "strategy")) {
			for _, hook := range ynode.Pairs(phase.Value) {
				if s := ynode.Get(hook.Value, "steps"); s != nil {
					steps = s
				}
			}
		}
	}
	for i, st := range ynode.Items(steps) {
		for _, key := range []string{"script", "bash", "pwsh", "powershell"} {
			s := ynode.Scalar(ynode.Get(st, key))
			if !s.Valid() {
				continue
			}
			shell := ""
			if key == "pwsh" || key == "powershell" {
				shell = "pwsh"
			}
			j.Scripts = append(j.Scripts, cimodel.Script{Text: s.Value, Shell: shell, Step: fmt.Sprintf("step %d", i+1), Path: m.path, Line: s.Line, Exact: s.Literal})
		}
		j.Variables = append(j.Variables, m.variables(ynode.Get(st, "env"), "step")...)
	}
	env := ynode.Get(n, "environment")
	envName := ynode.Scalar(env).Value
	if ynode.IsMap(env) {
		envName = ynode.Scalar(ynode.Get(env, "name")).Value
	}
	switch {
	case deployment.Value != "":
		j.Deploy = &cimodel.Flag{Reason: "deployment job", Path: m.path, Line: deployment.Line}
	case jobrules.IsDeployName(id) || jobrules.IsDeployName(envName):
		j.Deploy = &cimodel.Flag{Reason: "named " + id, Path: m.path, Line: n.Line}
	}
	jobrules.MarkSecurity(j, id)
	if j.Security != nil {
		if coe := ynode.Scalar(ynode.Get(n, "continueOnError")); coe.Value == "true" {
			j.FailureAllowed = append(j.FailureAllowed, cimodel.Flag{Reason: "security job " + id, Path: m.path, Line: coe.Line})
		}
	}
	m.p.Jobs = append(m.p.Jobs, j)
}

func (m *model) image(j *cimodel.Job, c *yaml.Node, role string) {
	if ynode.IsScalar(c) {
		if res, ok := m.containers[c.Value]; ok {
			c = res
		} else {
			j.Images = append(j.Images, cimodel.Image{Ref: c.Value, Role: role, Path: m.path, Line: c.Line})
			return
		}
	}
	img := ynode.Scalar(ynode.Get(c, "image"))
	opts := ynode.Scalar(ynode.Get(c, "options"))
	im := cimodel.Image{Ref: img.Value, Role: role, Options: opts.Value, Path: m.path, Line: img.Line}
	if opts.Valid() {
		im.OptionsLine = opts.Line
	}
	j.Images = append(j.Images, im)
}

// variables reads the mapping form and the list form ({name, value}; groups and templates are
// skipped) of variables.
func (m *model) variables(n *yaml.Node, scope string) []cimodel.Variable {
	var out []cimodel.Variable
	if ynode.IsMap(n) {
		for _, p := range ynode.Pairs(n) {
			out = append(out, cimodel.Variable{Name: p.Key.Value, Value: ynode.Scalar(p.Value).Value, Scope: scope, Path: m.path, Line: p.Key.Line, Col: p.Key.Column})
		}
		return out
	}
	for _, it := range ynode.Items(n) {
		name := ynode.Scalar(ynode.Get(it, "name"))
		if !name.Valid() {
			continue
		}
		out = append(out, cimodel.Variable{Name: name.Value, Value: ynode.Scalar(ynode.Get(it, "value")).Value, Scope: scope, Path: m.path, Line: name.Line, Col: name.Col})
	}
	return out
}

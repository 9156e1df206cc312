// Package circleci reads CircleCI configuration (.circleci/config.yml) into the job model (cimodel)
// and holds the CircleCI-specific rules. Orbs are never fetched: their jobs and commands are unknown
// here, only their pins are checked.
package circleci

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Rules lists the CircleCI rules' metadata.
func Rules() []*rule.Rule { return []*rule.Rule{orbNotPinned} }

// Model converts a parsed configuration to the job model.
func Model(path string, root *yaml.Node) *cimodel.Pipeline {
	p := &cimodel.Pipeline{Platform: cimodel.CircleCI, Path: path}
	executors := ynode.Get(root, "executors")
	requires := map[string][]string{}
	for _, wf := range ynode.Pairs(ynode.Get(root, "workflows")) {
		for _, it := range ynode.Items(ynode.Get(wf.Value, "jobs")) {
			name, cfg := it.Value, (*yaml.Node)(nil)
			if ynode.IsMap(it) {
				if ps := ynode.Pairs(it); len(ps) == 1 {
					name, cfg = ps[0].Key.Value, ps[0].Value
				}
			}
			if n := ynode.Scalar(ynode.Get(cfg, "name")).Value; n != "" {
				name = n
			}
			for _, r := range ynode.Items(ynode.Get(cfg, "requires")) {
				requires[name] = append(requires[name], r.Value)
			}
		}
	}
	for _, jp := range ynode.Pairs(ynode.Get(root, "jobs")) {
		j := &cimodel.Job{ID: jp.Key.Value, Path: path, Line: jp.Key.Line, Needs: requires[jp.Key.Value]}
		exec := jp.Value
		if e := ynode.Get(jp.Value, "executor"); e != nil {
			name := e.Value
			if ynode.IsMap(e) {
				name = ynode.Scalar(ynode.Get(e, "name")).Value
			}
			if def := ynode.Get(executors, name); def != nil {
				exec = def
			}
		}
		srcs := []*yaml.Node{exec}
		if exec != jp.Value {
			srcs = append(srcs, jp.Value)
		}
		for _, src := range srcs {
			for i, d := range ynode.Items(ynode.Get(src, "docker")) {
				role := cimodel.RoleJob
				if i > 0 {
					role = cimodel.RoleService
				}
				img := ynode.Scalar(ynode.Get(d, "image"))
				im := cimodel.Image{Ref: img.Value, Role: role, Path: path, Line: img.Line}
				if u := ynode.Scalar(ynode.Get(d, "user")).Value; u != "" {
					im.Options = "--user " + u
				}
				j.Images = append(j.Images, im)
				addVars(j, path, ynode.Get(d, "environment"), "container")
				addVars(j, path, ynode.Get(d, "auth"), "container")
			}
		}
		if rc := ynode.Scalar(ynode.Get(exec, "resource_class")).Value; strings.Contains(rc, "/") {
			j.SelfHosted = true
		}
		addVars(j, path, ynode.Get(jp.Value, "environment"), "job")
		for i, st := range ynode.Items(ynode.Get(jp.Value, "steps")) {
			run := ynode.Get(st, "run")
			if run == nil {
				continue
			}
			cmd := run
			if ynode.IsMap(run) {
				cmd = ynode.Get(run, "command")
				addVars(j, path, ynode.Get(run, "environment"), "step")
			}
			s := ynode.Scalar(cmd)
			if s.Valid() {
				j.Scripts = append(j.Scripts, cimodel.Script{Text: s.Value, Shell: ynode.Scalar(ynode.Get(run, "shell")).Value,
					Step: fmt.Sprintf("step %d", i+1), Path: path, Line: s.Line, Exact: s.Literal})
			}
		}
		classify(j, jp.Value)
		p.Jobs = append(p.Jobs, j)
	}
	return p
}

func addVars(j *cimodel.Job, path string, n *yaml.Node, scope string) {
	for _, p := range ynode.Pairs(n) {
		j.Variables = append(j.Variables, cimodel.Variable{Name: p.Key.Value, Value: ynode.Scalar(p.Value).Value, Scope: scope, Path: path, Line: p.Key.Line, Col: p.Key.Column})
	}
}

func classify(j *cimodel.Job, n *yaml.Node) {
	if jobrules.IsDeployName(j.ID) {
		j.Deploy = &cimodel.Flag{Reason: "named " + j.ID, Path: j.Path, Line: j.Line}
	}
	jobrules.MarkSecurity(j, j.ID)
}

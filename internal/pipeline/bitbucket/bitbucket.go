// Package bitbucket reads Bitbucket Pipelines configuration (bitbucket-pipelines.yml) into the job
// model (cimodel): every step is a job, pipes are step images, services come from definitions.
package bitbucket

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

type model struct {
	path     string
	image    *yaml.Node
	services *yaml.Node
	p        *cimodel.Pipeline
}

// Model converts a parsed configuration to the job model.
func Model(path string, root *yaml.Node) *cimodel.Pipeline {
	m := &model{path: path, image: ynode.Get(root, "image"), services: ynode.Get(ynode.Get(root, "definitions"), "services"),
		p: &cimodel.Pipeline{Platform: cimodel.BitbucketPipelines, Path: path}}
	pipelines := ynode.Get(root, "pipelines")
	for _, sec := range ynode.Pairs(pipelines) {
		switch sec.Key.Value {
		case "default":
			m.list(sec.Key.Value, sec.Value)
		case "branches", "tags", "bookmarks", "pull-requests", "custom":
			for _, b := range ynode.Pairs(sec.Value) {
				m.list(sec.Key.Value+"/"+b.Key.Value, b.Value)
			}
		}
	}
	return m.p
}

// list reads a sequence of steps (and parallel groups); each step needs the steps before it.
func (m *model) list(section string, n *yaml.Node) {
	var before []string
	for _, it := range ynode.Items(n) {
		var group []string
		if st := ynode.Get(it, "step"); st != nil {
			group = append(group, m.step(section, st, before))
		}
		if par := ynode.Get(it, "parallel"); par != nil {
			items := par
			if ynode.IsMap(par) {
				items = ynode.Get(par, "steps")
			}
			for _, p := range ynode.Items(items) {
				if st := ynode.Get(p, "step"); st != nil {
					group = append(group, m.step(section, st, before))
				}
			}
		}
		before = append(before, group...)
	}
}

func (m *model) step(section string, st *yaml.Node, before []string) string {
	name := ynode.Scalar(ynode.Get(st, "name")).Value
	if name == "" {
		name = fmt.Sprintf("step@%d", st.Line)
	}
	id := section + "/" + name
	j := &cimodel.Job{ID: id, Path: m.path, Line: st.Line, Needs: append([]string(nil), before...)}
	img := ynode.Get(st, "image")
	if img == nil {
		img = m.image
	}
	if img != nil {
		j.Images = append(j.Images, m.imageOf(img, cimodel.RoleJob))
	}
	for _, s := range ynode.Items(ynode.Get(st, "services")) {
		def := ynode.Get(m.services, s.Value)
		if s.Value == "docker" && ynode.Get(def, "image") == nil {
			continue
		}
		if def != nil && ynode.Get(def, "image") != nil {
			j.Images = append(j.Images, m.imageOf(ynode.Get(def, "image"), cimodel.RoleService))
		}
	}
	if rc := ynode.Scalar(ynode.Get(st, "runs-on")); rc.Valid() || ynode.IsSeq(ynode.Get(st, "runs-on")) {
		j.SelfHosted = true
	}
	for i, line := range ynode.Items(ynode.Get(st, "script")) {
		if pipe := ynode.Scalar(ynode.Get(line, "pipe")); pipe.Valid() {
			j.Images = append(j.Images, cimodel.Image{Ref: strings.TrimPrefix(pipe.Value, "docker://"), Role: cimodel.RoleStep, Name: "pipe", Path: m.path, Line: pipe.Line})
			vars := ynode.Pairs(ynode.Get(line, "variables"))
			sort.SliceStable(vars, func(a, b int) bool { return vars[a].Key.Line < vars[b].Key.Line })
			for _, v := range vars {
				j.Variables = append(j.Variables, cimodel.Variable{Name: v.Key.Value, Value: ynode.Scalar(v.Value).Value, Scope: "pipe", Path: m.path, Line: v.Key.Line, Col: v.Key.Column})
			}
			continue
		}
		s := ynode.Scalar(line)
		if s.Valid() {
			j.Scripts = append(j.Scripts, cimodel.Script{Text: s.Value, Step: fmt.Sprintf("script %d", i+1), Path: m.path, Line: s.Line, Exact: s.Literal})
		}
	}
	if d := ynode.Scalar(ynode.Get(st, "deployment")); d.Valid() {
		j.Deploy = &cimodel.Flag{Reason: "deployment " + d.Value, Path: m.path, Line: d.Line}
	} else if jobrules.IsDeployName(name) {
		j.Deploy = &cimodel.Flag{Reason: "named " + name, Path: m.path, Line: st.Line}
	}
	jobrules.MarkSecurity(j, name)
	m.p.Jobs = append(m.p.Jobs, j)
	return id
}

func (m *model) imageOf(n *yaml.Node, role string) cimodel.Image {
	if ynode.IsMap(n) {
		name := ynode.Scalar(ynode.Get(n, "name"))
		im := cimodel.Image{Ref: name.Value, Role: role, Path: m.path, Line: name.Line}
		if u := ynode.Scalar(ynode.Get(n, "run-as-user")); u.Valid() {
			im.Options = "--user " + u.Value
			im.OptionsLine = u.Line
		}
		return im
	}
	return cimodel.Image{Ref: n.Value, Role: role, Path: m.path, Line: n.Line}
}

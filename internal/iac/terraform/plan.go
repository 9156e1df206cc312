package terraform

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/yamlnode"
)

// ParsePlan reads the JSON of `terraform show -json PLAN` into resources: the planned values of
// every resource, attributes the plan marks "known after apply" as unknown, and the references of
// the configuration section as Refs. Instances of one resource (count, for_each) with the same
// values are one logical resource; instances that differ are kept apart, with their index in the
// address. The error names the line (an *analysis.LineError).
func ParsePlan(path string, src []byte) ([]*resource.Resource, error) {
	root, err := yamlnode.Parse(src, true)
	if err != nil {
		return nil, err
	}
	if yamlnode.Get(root, "format_version") == nil {
		return nil, yamlnode.Errorf(root, "not a Terraform plan: no format_version")
	}
	p := &plan{path: path, unknown: map[string]*yaml.Node{}, refs: map[string][]refAt{}}
	if rcs := yamlnode.Get(root, "resource_changes"); rcs != nil {
		for _, rc := range rcs.Content {
			addr, _ := yamlnode.String(yamlnode.Get(rc, "address"))
			if u := yamlnode.Get(yamlnode.Get(rc, "change"), "after_unknown"); u != nil {
				p.unknown[addr] = u
			}
		}
	}
	if cfg := yamlnode.Get(root, "configuration"); cfg != nil {
		p.configRefs(yamlnode.Get(cfg, "root_module"), "", 0)
	}
	if pv := yamlnode.Get(root, "planned_values"); pv != nil {
		p.module(yamlnode.Get(pv, "root_module"), 0)
	}
	return p.group(), nil
}

type plan struct {
	path    string
	unknown map[string]*yaml.Node
	refs    map[string][]refAt // by logical address
	out     []*resource.Resource
}

// refAt is one attribute path and the resources its expression references.
type refAt struct {
	path []string
	refs []string
}

var instanceKey = regexp.MustCompile(`\[[^\]]*\]`)

func (p *plan) module(n *yaml.Node, depth int) {
	if n == nil || depth > maxModuleDepth {
		return
	}
	if rs := yamlnode.Get(n, "resources"); rs != nil {
		for _, rn := range rs.Content {
			p.resource(rn)
		}
	}
	if cms := yamlnode.Get(n, "child_modules"); cms != nil {
		for _, cm := range cms.Content {
			p.module(cm, depth+1)
		}
	}
}

func (p *plan) resource(n *yaml.Node) {
	addr, _ := yamlnode.String(yamlnode.Get(n, "address"))
	typ, _ := yamlnode.String(yamlnode.Get(n, "type"))
	name, _ := yamlnode.String(yamlnode.Get(n, "name"))
	mode, _ := yamlnode.String(yamlnode.Get(n, "mode"))
	if addr == "" || typ == "" {
		return
	}
	logical := instanceKey.ReplaceAllString(addr, "")
	parts := strings.Split(logical, ".")
	i := 0
	for i+1 < len(parts) && parts[i] == "module" {
		i += 2
	}
	module := strings.Join(parts[:i], ".")
	r := &resource.Resource{
		Source: resource.TerraformPlan, Data: mode == "data", Type: typ, Name: name, Address: logical,
		Module: module, Root: p.path, Range: yamlnode.Range(p.path, n),
	}
	if vn := yamlnode.Get(n, "values"); vn != nil {
		r.Attrs = yamlnode.Convert(p.path, vn, nil)
	} else {
		r.Attrs = resource.NewObject(r.Range)
	}
	markUnknown(r.Attrs, p.unknown[addr], 0)
	for _, ra := range p.refs[logical] {
		if v := r.Attrs.Get(ra.path...); v != nil {
			v.AddRefs(ra.refs...)
		} else if len(ra.path) == 1 {
			u := resource.NewUnknown(r.Range, "")
			u.Refs = ra.refs
			r.Attrs.Set(ra.path[0], u)
		}
	}
	if addr != logical {
		r.Instances = []string{instanceOf(addr)}
	}
	p.out = append(p.out, r)
}

// instanceOf is the last instance key of an address: `aws_instance.web[1]` gives "1".
func instanceOf(addr string) string {
	keys := instanceKey.FindAllString(addr, -1)
	if len(keys) == 0 {
		return ""
	}
	return strings.Trim(keys[len(keys)-1], `[]"`)
}

// markUnknown overlays after_unknown: true marks a value (or a missing attribute) unknown.
func markUnknown(v *resource.Value, u *yaml.Node, depth int) {
	if u == nil || v == nil || depth > 50 {
		return
	}
	switch u.Kind {
	case yaml.MappingNode:
		if v.Kind != resource.Object {
			return
		}
		for i := 0; i+1 < len(u.Content); i += 2 {
			k, c := u.Content[i].Value, u.Content[i+1]
			if c.Kind == yaml.ScalarNode && c.Value == "true" {
				v.Set(k, resource.NewUnknown(v.Range, ""))
				continue
			}
			markUnknown(v.Fields[k], c, depth+1)
		}
	case yaml.SequenceNode:
		if v.Kind != resource.List {
			return
		}
		for i, c := range u.Content {
			if i >= len(v.Items) {
				break
			}
			if c.Kind == yaml.ScalarNode && c.Value == "true" {
				v.Items[i] = resource.NewUnknown(v.Items[i].Range, "")
				continue
			}
			markUnknown(v.Items[i], c, depth+1)
		}
	}
}

// configRefs reads the references of the configuration section's expressions, by resource.
func (p *plan) configRefs(m *yaml.Node, prefix string, depth int) {
	if m == nil || depth > maxModuleDepth {
		return
	}
	if rs := yamlnode.Get(m, "resources"); rs != nil {
		for _, rn := range rs.Content {
			addr, _ := yamlnode.String(yamlnode.Get(rn, "address"))
			var out []refAt
			exprRefs(yamlnode.Get(rn, "expressions"), nil, prefix, &out, 0)
			p.refs[prefix+addr] = out
		}
	}
	calls, _ := yamlnode.Pairs(yamlnode.Get(m, "module_calls"), "module_calls")
	for _, kv := range calls {
		p.configRefs(yamlnode.Get(kv[1], "module"), prefix+"module."+kv[0].Value+".", depth+1)
	}
}

// exprRefs walks an expressions object: {"attr": {"references": [...]}} for attributes, lists of
// such objects for blocks.
func exprRefs(n *yaml.Node, path []string, prefix string, out *[]refAt, depth int) {
	if n == nil || depth > 50 {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		if refs := yamlnode.Get(n, "references"); refs != nil {
			var addrs []string
			for _, r := range refs.Content {
				if a := refAddress(r.Value); a != "" {
					addrs = append(addrs, prefix+a)
				}
			}
			if len(addrs) > 0 {
				slices.Sort(addrs)
				*out = append(*out, refAt{path: slices.Clone(path), refs: slices.Compact(addrs)})
			}
			return
		}
		if yamlnode.Get(n, "constant_value") != nil {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			exprRefs(n.Content[i+1], append(path, n.Content[i].Value), prefix, out, depth+1)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			exprRefs(c, append(path, strconv.Itoa(i)), prefix, out, depth+1)
		}
	}
}

// refAddress turns a reference ("aws_s3_bucket.b.id", "data.x.y.json", "aws_instance.w[0]") into a
// resource address, or "" for variables, locals and the like.
func refAddress(ref string) string {
	ref = instanceKey.ReplaceAllString(ref, "")
	parts := strings.Split(ref, ".")
	switch parts[0] {
	case "var", "local", "module", "count", "each", "path", "terraform", "self":
		return ""
	case "data":
		if len(parts) >= 3 {
			return strings.Join(parts[:3], ".")
		}
		return ""
	}
	if len(parts) >= 2 {
		return parts[0] + "." + parts[1]
	}
	return ""
}

// group merges the instances of one resource whose values are the same.
func (p *plan) group() []*resource.Resource {
	byAddr := map[string][]*resource.Resource{}
	var order []string
	for _, r := range p.out {
		if _, ok := byAddr[r.Address]; !ok {
			order = append(order, r.Address)
		}
		byAddr[r.Address] = append(byAddr[r.Address], r)
	}
	var out []*resource.Resource
	for _, addr := range order {
		rs := byAddr[addr]
		same := true
		for _, r := range rs[1:] {
			if !sameValue(r.Attrs, rs[0].Attrs, 0) {
				same = false
			}
		}
		if same {
			first := rs[0]
			if len(rs) > 1 || len(first.Instances) > 0 {
				var keys []string
				for _, r := range rs {
					keys = append(keys, r.Instances...)
				}
				first.Instances = keys
			}
			out = append(out, first)
			continue
		}
		for _, r := range rs {
			if len(r.Instances) == 1 {
				r.Address = addr + "[" + quoteKey(r.Instances[0]) + "]"
			}
			out = append(out, r)
		}
	}
	return out
}

func quoteKey(k string) string {
	if k != "" && strings.Trim(k, "0123456789") == "" {
		return k
	}
	return `"` + k + `"`
}

// sameValue compares two trees by content, ignoring ranges.
func sameValue(a, b *resource.Value, depth int) bool {
	if a == nil || b == nil {
		return a == b
	}
	if depth > 100 || a.Kind != b.Kind || a.Str != b.Str || a.Bool != b.Bool || len(a.Items) != len(b.Items) || len(a.Keys) != len(b.Keys) {
		return false
	}
	for i := range a.Items {
		if !sameValue(a.Items[i], b.Items[i], depth+1) {
			return false
		}
	}
	for _, k := range a.Keys {
		if !sameValue(a.Fields[k], b.Fields[k], depth+1) {
			return false
		}
	}
	return true
}

package manifest

// Workload kinds whose objects carry a pod template, and where it sits.
var podSpecPaths = map[string][]string{
	"Pod":                   {"spec"},
	"Deployment":            {"spec", "template", "spec"},
	"StatefulSet":           {"spec", "template", "spec"},
	"DaemonSet":             {"spec", "template", "spec"},
	"ReplicaSet":            {"spec", "template", "spec"},
	"ReplicationController": {"spec", "template", "spec"},
	"Job":                   {"spec", "template", "spec"},
	"CronJob":               {"spec", "jobTemplate", "spec", "template", "spec"},
	"PodTemplate":           {"template", "spec"},
}

// Pod is the one view of a pod spec, whatever workload kind holds it.
type Pod struct {
	Object *Object
	// Spec is the pod spec mapping; Meta the pod's own metadata (the template's, or the Pod's).
	Spec Value
	Meta Value
}

// IsWorkload reports whether the kind carries a pod spec.
func IsWorkload(kind string) bool { _, ok := podSpecPaths[kind]; return ok }

// Pod returns the object's pod spec view, or false for kinds without one.
func (o *Object) Pod() (*Pod, bool) {
	path, ok := podSpecPaths[o.Kind]
	if !ok {
		return nil, false
	}
	spec := o.Root.Path(path...)
	if !spec.IsMap() {
		return nil, false
	}
	meta := o.Metadata()
	if len(path) > 1 {
		tmpl := o.Root.Path(path[:len(path)-1]...)
		meta = tmpl.Get("metadata")
	}
	return &Pod{Object: o, Spec: spec, Meta: meta}, true
}

// RunsToCompletion reports whether the pod is a batch pod (Job, CronJob), for which probes make
// no sense.
func (p *Pod) RunsToCompletion() bool {
	switch p.Object.Kind {
	case "Job", "CronJob":
		return true
	case "Pod":
		r := p.Spec.Get("restartPolicy").Str()
		return r == "Never" || r == "OnFailure"
	}
	return false
}

// Annotations returns the pod's annotations (the template's for workloads).
func (p *Pod) Annotations() map[string]string { return p.Meta.Get("annotations").StringMap() }

// ContainerKind tells regular, init and ephemeral containers apart.
type ContainerKind string

// Container kinds, named after their field in the pod spec.
const (
	Regular   ContainerKind = "containers"
	Init      ContainerKind = "initContainers"
	Ephemeral ContainerKind = "ephemeralContainers"
)

// Container is one container of a pod.
type Container struct {
	Pod  *Pod
	Kind ContainerKind
	Name string
	// Node is the container's mapping.
	Node Value
}

// Image is the container's image reference as written.
func (c *Container) Image() string { return c.Node.Get("image").Str() }

// SecurityContext is the container's securityContext mapping.
func (c *Container) SecurityContext() Value { return c.Node.Get("securityContext") }

// Line is where the container is named (its name key, else its first key), for findings about
// what it lacks.
func (c *Container) Line() int {
	if l := c.Node.Key("name").Line(); l > 0 {
		return l
	}
	return firstLine(c.Node)
}

// Subject names the container in findings: Kind/ns/name container NAME.
func (c *Container) Subject() string {
	if c.Kind == Regular {
		return c.Pod.Object.ID() + " container " + c.Name
	}
	return c.Pod.Object.ID() + " " + string(c.Kind[:len(c.Kind)-1]) + " " + c.Name
}

// Containers returns every container of the pod: init, regular, then ephemeral.
func (p *Pod) Containers() []*Container {
	var out []*Container
	for _, k := range []ContainerKind{Init, Regular, Ephemeral} {
		for _, n := range p.Spec.Get(string(k)).Items() {
			if n.IsMap() {
				out = append(out, &Container{Pod: p, Kind: k, Name: n.Get("name").Str(), Node: n})
			}
		}
	}
	return out
}

// Effective returns a security setting as the container sees it: its own securityContext's value
// if set, else the pod securityContext's. Only some fields (runAsUser, runAsNonRoot, seccompProfile,
// appArmorProfile, seLinuxOptions, windowsOptions ...) exist at both levels.
func (c *Container) Effective(field string) Value {
	if v := c.SecurityContext().Get(field); v.Exists() {
		return v
	}
	return c.Pod.Spec.Path("securityContext", field)
}

// Volume is one volume of the pod spec.
type Volume struct {
	Name string
	// Type is the volume source's key (hostPath, emptyDir, secret ...).
	Type string
	Node Value
}

// Volumes returns the pod's volumes.
func (p *Pod) Volumes() []Volume {
	var out []Volume
	for _, v := range p.Spec.Get("volumes").Items() {
		vol := Volume{Name: v.Get("name").Str(), Node: v}
		for _, kv := range v.Pairs() {
			if kv.Key != "name" {
				vol.Type = kv.Key
				break
			}
		}
		out = append(out, vol)
	}
	return out
}

// ServiceAccount is the pod's service account name ("default" when unset).
func (p *Pod) ServiceAccount() string {
	if s := p.Spec.Get("serviceAccountName").Str(); s != "" {
		return s
	}
	if s := p.Spec.Get("serviceAccount").Str(); s != "" {
		return s
	}
	return "default"
}

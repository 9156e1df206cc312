package githubactions

import (
	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

// Dependabot is a parsed .github/dependabot.yml.
type Dependabot struct {
	Path       string
	Ecosystems []Str
	// InsecureExec lists `insecure-external-code-execution: allow` settings.
	InsecureExec []Str
	Root         *yaml.Node
}

// ParseDependabot parses a Dependabot configuration.
func ParseDependabot(path string, data []byte) (*Dependabot, error) {
	root, err := ynode.Parse(data)
	if err != nil {
		return nil, err
	}
	d := &Dependabot{Path: path, Root: root}
	for _, u := range ynode.Items(ynode.Get(root, "updates")) {
		if eco := ynode.Scalar(ynode.Get(u, "package-ecosystem")); eco.Valid() {
			d.Ecosystems = append(d.Ecosystems, eco)
		}
		if ie := ynode.Scalar(ynode.Get(u, "insecure-external-code-execution")); ie.Value == "allow" {
			d.InsecureExec = append(d.InsecureExec, ie)
		}
	}
	return d, nil
}

// Has reports whether the configuration updates an ecosystem.
func (d *Dependabot) Has(eco string) bool {
	for _, e := range d.Ecosystems {
		if e.Value == eco {
			return true
		}
	}
	return false
}

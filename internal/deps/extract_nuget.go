package deps

// nugetLock reads the NuGet packages.lock.json: per target framework, each package with its type
// (Direct, Transitive, CentralTransitive, Project), resolved version and content hash.
type nugetLock struct{}

func (nugetLock) Name() string         { return "dotnet/packages.lock.json" }
func (nugetLock) Claims(p string) bool { return base(p) == "packages.lock.json" }

func (nugetLock) Extract(p string, content []byte) (*Lockfile, error) {
	root, err := parseJSONTree(content)
	if err != nil {
		return nil, err
	}
	if root.Kind != '{' {
		return nil, errorf(root.Line, "packages.lock.json is a JSON object")
	}
	lf := &Lockfile{Format: "packages.lock.json", Ecosystem: "NuGet", HashesRequired: true}
	frameworks := root.Get("dependencies")
	if frameworks == nil {
		return lf, nil
	}
	seen := map[string]int{}
	for _, fw := range frameworks.Vals {
		for i, name := range fw.Keys {
			n := fw.Vals[i]
			typ, ver := n.String("type"), n.String("resolved")
			if typ == "Project" || ver == "" {
				continue
			}
			rel := Transitive
			if typ == "Direct" {
				rel = Direct
			}
			key := name + "@" + ver
			if at, dup := seen[key]; dup {
				if rel == Direct {
					lf.Packages[at].Relation = Direct
				}
				continue
			}
			seen[key] = len(lf.Packages)
			lf.Packages = append(lf.Packages, Package{Ecosystem: "NuGet", Name: name, Version: ver, Line: n.Line,
				Relation: rel, Integrity: n.String("contentHash")})
		}
	}
	return lf, nil
}

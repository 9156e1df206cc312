package deps

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
)

// pomXML reads the dependencies of a Maven pom.xml whose versions are literal or come from the
// same file's <properties> (or its dependencyManagement). Other versions need the parent POM and
// the registry, which a review does not fetch; those dependencies are listed as warnings.
type pomXML struct{}

func (pomXML) Name() string { return "java/pom.xml" }
func (pomXML) Claims(p string) bool {
	b := base(p)
	return b == "pom.xml" || strings.HasSuffix(b, ".pom")
}

type pomDep struct {
	group, artifact, version, scope string
	line                            int
	managed                         bool
}

var pomProperty = regexp.MustCompile(`\$\{([^}]+)\}`)

func (pomXML) Extract(p string, content []byte) (*Lockfile, error) {
	dec := xml.NewDecoder(bytes.NewReader(content))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	props := map[string]string{}
	var stack []string
	var deps []pomDep
	var cur *pomDep
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, errorf(line, "invalid XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			text.Reset()
			if len(stack) > 256 {
				line, _ := dec.InputPos()
				return nil, errorf(line, "XML nested too deep")
			}
			path := strings.Join(stack, "/")
			if path == "project/dependencies/dependency" || path == "project/dependencyManagement/dependencies/dependency" {
				line, _ := dec.InputPos()
				cur = &pomDep{line: line, managed: strings.Contains(path, "dependencyManagement")}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			path := strings.Join(stack, "/")
			val := strings.TrimSpace(text.String())
			switch {
			case strings.HasPrefix(path, "project/properties/") && len(stack) == 3:
				props[stack[2]] = val
			case path == "project/version":
				props["project.version"] = val
			case path == "project/parent/version" && props["project.version"] == "":
				props["project.version"] = val
			case path == "project/groupId":
				props["project.groupId"] = val
			}
			if cur != nil {
				switch stack[len(stack)-1] {
				case "groupId":
					cur.group = val
				case "artifactId":
					cur.artifact = val
				case "version":
					cur.version = val
				case "scope":
					cur.scope = val
				case "dependency":
					deps = append(deps, *cur)
					cur = nil
				}
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		}
	}
	lf := &Lockfile{Format: "pom.xml", Ecosystem: "Maven"}
	expand := func(s string) string {
		for range 5 {
			s2 := pomProperty.ReplaceAllStringFunc(s, func(m string) string {
				if v, ok := props[m[2:len(m)-1]]; ok {
					return v
				}
				return m
			})
			if s2 == s {
				break
			}
			s = s2
		}
		return s
	}
	managed := map[string]string{}
	for _, d := range deps {
		if d.managed && d.version != "" {
			managed[expand(d.group)+":"+expand(d.artifact)] = expand(d.version)
		}
	}
	for _, d := range deps {
		if d.managed {
			continue
		}
		name := expand(d.group) + ":" + expand(d.artifact)
		ver := expand(d.version)
		if ver == "" {
			ver = managed[name]
		}
		if ver == "" || strings.Contains(ver, "${") || strings.ContainsAny(ver, "[(,") {
			lf.Warnings = append(lf.Warnings, Warning{Line: d.line, Reason: name + ": version is not written in this file (" + short(d.version) + ")"})
			continue
		}
		lf.Packages = append(lf.Packages, Package{Ecosystem: "Maven", Name: name, Version: ver, Line: d.line,
			Relation: Direct, Dev: d.scope == "test"})
	}
	return lf, nil
}

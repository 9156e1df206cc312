package deps

import (
	"regexp"
	"strings"
)

// requirements reads pip requirements files (requirements*.txt, *.in): pinned requirements with
// extras, environment markers, --hash options and line continuations, editable and URL installs.
// A pip-compile "# via" block that does not name a requirements file marks a transitive pin.
type requirements struct{}

func (requirements) Name() string { return "python/requirements" }
func (requirements) Claims(p string) bool {
	b := strings.ToLower(base(p))
	return requirementsName.MatchString(b)
}

var (
	requirementsName = regexp.MustCompile(`^requirements([._-][\w.-]*)?\.(txt|in)$|^[\w.-]*requirements\.txt$|^constraints\.txt$`)
	// PEP 508 name, optional extras, then the rest.
	reqLine  = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$`)
	eggName  = regexp.MustCompile(`[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)`)
	hashOpt  = regexp.MustCompile(`--hash[=\s]+(\S+)`)
	pinExact = regexp.MustCompile(`^===?\s*([^\s,;*]+)$`)
)

func (requirements) Extract(p string, content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "requirements.txt", Ecosystem: "PyPI"}
	lines := strings.Split(string(content), "\n")
	var last *Package
	lastVia := false
	for i := 0; i < len(lines); i++ {
		start := i + 1
		line := strings.TrimRight(lines[i], "\r")
		// Join continuation lines.
		for strings.HasSuffix(line, `\`) && i+1 < len(lines) {
			i++
			line = strings.TrimSuffix(line, `\`) + " " + strings.TrimRight(lines[i], "\r")
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(trimmed, "#"))
			if last != nil && (strings.HasPrefix(c, "via") || lastVia && c != "") {
				if !lastVia {
					// The first "# via" line: pip-compile pinned it for what follows.
					last.Relation = Transitive
				}
				lastVia = true
				if viaDirect(c) {
					last.Relation = Direct
				}
			}
			continue
		}
		lastVia = false
		last = nil
		// Drop a trailing comment ("  # via x" or "# comment"); a "#" inside a URL has no space before it.
		body, comment := trimmed, ""
		if j := strings.Index(body, " #"); j >= 0 {
			body, comment = strings.TrimSpace(body[:j]), body[j+2:]
		}
		hashes := hashOpt.FindAllStringSubmatch(body, -1)
		body = strings.TrimSpace(hashOpt.ReplaceAllString(body, ""))
		if strings.HasPrefix(body, "-") {
			opt, arg, _ := strings.Cut(body, " ")
			arg = strings.TrimSpace(arg)
			if opt == "-e" || opt == "--editable" {
				if pkg := requirementURL(arg, start); pkg != nil {
					lf.Packages = append(lf.Packages, *pkg)
				}
			}
			// -r, -c, --index-url and other options name no package.
			continue
		}
		if strings.Contains(body, "://") && !strings.Contains(body, " @ ") && !strings.Contains(body, "@ ") {
			if pkg := requirementURL(body, start); pkg != nil {
				lf.Packages = append(lf.Packages, *pkg)
			}
			continue
		}
		spec, _, _ := strings.Cut(body, ";") // environment markers
		m := reqLine.FindStringSubmatch(strings.TrimSpace(spec))
		if m == nil {
			lf.Warnings = append(lf.Warnings, Warning{Line: start, Reason: "not a requirement: " + short(body)})
			continue
		}
		pkg := Package{Ecosystem: "PyPI", Name: m[1], Line: start, Relation: Direct}
		rest := strings.TrimSpace(m[3])
		if url, ok := strings.CutPrefix(rest, "@"); ok {
			// PEP 508 direct reference: name @ URL.
			url = strings.TrimSpace(url)
			pkg.Source, pkg.SourceKind = url, classifySource(url, "files.pythonhosted.org", "pypi.org")
			pkg.Commit = commitOf(strings.Replace(url, "@", "#", 1))
		} else if pm := pinExact.FindStringSubmatch(rest); pm != nil {
			pkg.Version = pm[1]
		} else {
			lf.Unpinned++
		}
		if len(hashes) > 0 {
			pkg.Integrity = hashes[0][1]
		}
		if strings.HasPrefix(strings.TrimSpace(comment), "via") {
			pkg.Relation = Transitive
			if viaDirect(comment) {
				pkg.Relation = Direct
			}
			lastVia = true
		}
		lf.Packages = append(lf.Packages, pkg)
		last = &lf.Packages[len(lf.Packages)-1]
	}
	return lf, nil
}

// viaDirect reports whether a pip-compile "via" comment names an input file, which makes the pin a
// direct requirement.
func viaDirect(c string) bool {
	return strings.Contains(c, "-r ") || strings.Contains(c, "-c ") || strings.HasSuffix(c, ".in") ||
		strings.Contains(c, "pyproject.toml") || strings.Contains(c, "setup.cfg") || strings.Contains(c, "setup.py")
}

// requirementURL reads a URL or VCS requirement ("git+https://host/x.git@v1#egg=x").
func requirementURL(arg string, line int) *Package {
	if !strings.Contains(arg, "://") && !strings.HasPrefix(arg, "git+") {
		// A local path ("-e .") is the project itself.
		return nil
	}
	name := ""
	if m := eggName.FindStringSubmatch(arg); m != nil {
		name = m[1]
	}
	pkg := &Package{Ecosystem: "PyPI", Name: name, Line: line, Relation: Direct, Source: arg,
		SourceKind: classifySource(arg, "files.pythonhosted.org", "pypi.org")}
	if strings.HasPrefix(arg, "git+") {
		u := strings.SplitN(arg, "#", 2)[0]
		if at := strings.LastIndex(u, "@"); at > strings.Index(u, "://")+3 {
			pkg.Commit = commitOf("#" + u[at+1:])
		}
	}
	if name == "" {
		name = base(strings.SplitN(strings.SplitN(arg, "#", 2)[0], "?", 2)[0])
		pkg.Name = strings.TrimSuffix(name, ".git")
	}
	return pkg
}

func short(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

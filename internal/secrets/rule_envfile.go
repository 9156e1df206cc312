package secrets

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var envFileTrackedRule = &rule.Rule{
	ID:       "secrets/env-file-tracked",
	Area:     finding.Secrets,
	Severity: finding.High,
	Title:    ".env file with secrets tracked by git",
	Description: "A .env file that sets credential-named variables to literal values is committed to git, so every " +
		"clone carries the secrets. .env files are meant to stay on the machine that uses them.",
	Remediation: "Remove the file from git (`git rm --cached`), add it to .gitignore, commit a .env.example with " +
		"placeholders instead, and rotate the values it held: they remain in history.",
	References: []string{"https://12factor.net/config"},
}

// envTemplates are .env files meant to be committed: they document the variables with placeholders.
var envTemplates = []string{"example", "sample", "template", "dist", "defaults", "tmpl", "tpl"}

func (a *Analyzer) envFiles(p *analysis.SetPass) {
	idx, err := p.Tree.Git.Repository().Storer.Index()
	if err != nil {
		return
	}
	tracked := map[string]bool{}
	prefix := p.Tree.Git.Prefix()
	for _, e := range idx.Entries {
		tracked[e.Name] = true
	}
	for _, e := range p.Tree.Files {
		if workspace.DetectKind(e.Path, nil) != workspace.KindEnvFile || isEnvTemplate(e.Path) || !p.InScope(e.Path) {
			continue
		}
		repoPath := e.Path
		if prefix != "" {
			repoPath = prefix + "/" + e.Path
		}
		if !tracked[repoPath] {
			continue
		}
		data, err := p.Tree.ReadFile(e.Path)
		if err != nil {
			continue
		}
		line, names := envSecrets(data)
		if line == 0 {
			continue
		}
		f := envFileTrackedRule.Finding(finding.Location{Path: e.Path, StartLine: line}, e.Path,
			"tracked by git with literal values for "+strings.Join(names, ", "))
		p.Report(f)
	}
}

func isEnvTemplate(p string) bool {
	l := strings.ToLower(p)
	for _, t := range envTemplates {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// envSecrets returns the first line that sets a credential-named variable to a literal, and the
// names of all such variables (at most five).
func envSecrets(data []byte) (int, []string) {
	first := 0
	var names []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		line = strings.TrimPrefix(line, "export ")
		name, value, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		name = strings.TrimSpace(name)
		value = strings.TrimSpace(value)
		if i := strings.Index(value, " #"); i >= 0 {
			value = strings.TrimSpace(value[:i])
		}
		if !secretlike.Name(name) || secretlike.IsPlaceholder(value) {
			continue
		}
		if first == 0 {
			first = n
		}
		if len(names) < 5 {
			names = append(names, name)
		}
	}
	return first, names
}

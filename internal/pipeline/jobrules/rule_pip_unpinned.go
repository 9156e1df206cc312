package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var pipUnpinned = &rule.Rule{
	ID: "pipeline/pip-install-unpinned", Area: finding.Pipeline, Severity: finding.Low,
	Title: "pip installs packages without pinned versions or hashes",
	Description: "`pip install name` takes whatever version the index serves at build time, and " +
		"`pip install -r` without `--require-hashes` accepts any file that matches the version. A hijacked " +
		"or typo-squatted release runs in the build.",
	Remediation: "Pin exact versions with hashes in a lock or requirements file (pip-compile " +
		"--generate-hashes, uv, poetry) and install with `pip install --require-hashes -r requirements.txt`.",
}

// bootstrap packages are commonly upgraded before anything else; they are not reported.
var bootstrap = map[string]bool{"pip": true, "setuptools": true, "wheel": true}

func checkPipUnpinned(j *Job, report func(finding.Finding)) {
	for _, c := range j.Commands() {
		args, ok := pipInstallArgs(c)
		if !ok || HasFlag(args, "--require-hashes") {
			continue
		}
		var loose []string
		for _, a := range Positional(args, "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
			"--extra-index-url", "-t", "--target", "--python-version", "--platform", "-f", "--find-links") {
			if unpinnedRequirement(a) {
				loose = append(loose, a)
			}
		}
		if HasFlag(args, "-r", "--requirement") {
			loose = append(loose, "-r without --require-hashes")
		}
		if len(loose) > 0 {
			report(pipUnpinned.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, "pip "+strings.Join(loose, " ")),
				"job "+j.Job.ID+" installs without pinned hashes: "+strings.Join(loose, ", ")))
		}
	}
}

// pipInstallArgs returns the arguments after `install` of pip, pip3, python -m pip and uv pip.
func pipInstallArgs(c *Command) ([]string, bool) {
	rest := c.Rest
	switch {
	case c.Name == "pip" || c.Name == "pip3":
	case strings.HasPrefix(c.Name, "python") && len(rest) >= 2 && rest[0] == "-m" && (rest[1] == "pip" || rest[1] == "pip3"):
		rest = rest[2:]
	case c.Name == "uv" && len(rest) > 0 && rest[0] == "pip":
		rest = rest[1:]
	default:
		return nil, false
	}
	if len(rest) == 0 || rest[0] != "install" {
		return nil, false
	}
	return rest[1:], true
}

func unpinnedRequirement(a string) bool {
	name := strings.ToLower(a)
	switch {
	case strings.Contains(a, "=="), strings.Contains(a, "==="):
		return false
	case a == "." || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "/") || strings.HasPrefix(a, "$"),
		strings.HasSuffix(name, ".whl"), strings.HasSuffix(name, ".tar.gz"), strings.HasSuffix(name, ".zip"),
		strings.Contains(a, "://"), strings.HasPrefix(a, ".["):
		return false
	}
	base := name
	if i := strings.IndexAny(base, "<>~![;"); i >= 0 {
		base = base[:i]
	}
	return !bootstrap[base]
}

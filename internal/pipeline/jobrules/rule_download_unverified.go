package jobrules

import (
	"path"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var downloadUnverified = &rule.Rule{
	ID: "pipeline/download-unverified", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Downloaded file used without a checksum or signature check",
	Description: "The job downloads a file and then runs, installs or unpacks it, and nothing in the job " +
		"verifies it (sha256sum -c, gpg --verify, cosign verify, gh attestation verify ...). A changed or " +
		"substituted download runs in the build unnoticed.",
	Remediation: "Pin the expected SHA-256 of the download in the workflow and check it (`echo \"<sha256>  file\" | " +
		"sha256sum -c -`), or verify the publisher's signature, before using the file.",
}

var verifiers = []string{"sha256sum", "sha512sum", "sha384sum", "shasum", "b2sum", "gpg", "gpgv", "cosign", "minisign",
	"slsa-verifier", "signify", "Get-FileHash", "certutil"}

// users are programs that run, install or unpack a file named in their arguments.
var users = []string{"sh", "bash", "zsh", "python", "python3", "chmod", "tar", "unzip", "dpkg", "rpm", "apt", "apt-get",
	"yum", "dnf", "install", "msiexec", "source", ".", "gunzip", "7z", "helm", "kubectl", "docker", "node", "perl", "ruby"}

func checkDownloadUnverified(j *Job, report func(finding.Finding)) {
	cmds := j.Commands()
	for _, c := range cmds {
		if slices.Contains(verifiers, c.Name) || c.Name == "gh" && slices.Contains(c.Rest, "attestation") ||
			c.Name == "openssl" && slices.Contains(c.Rest, "dgst") {
			return
		}
	}
	for i, c := range cmds {
		target := downloadTarget(c)
		if target == "" {
			continue
		}
		base := path.Base(target)
		for _, u := range cmds[i+1:] {
			if u.Name == base && (strings.HasPrefix(u.Args[0], "./") || strings.HasPrefix(u.Args[0], "/")) || slices.Contains(users, u.Name) && mentions(u.Rest, base) {
				report(downloadUnverified.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, base),
					"job "+j.Job.ID+" downloads "+base+" and uses it ("+u.Name+") without verifying a checksum or signature"))
				return
			}
		}
	}
}

func mentions(args []string, base string) bool {
	for _, a := range args {
		if a == base || path.Base(a) == base {
			return true
		}
	}
	return false
}

// downloadTarget returns the file a curl or wget command writes, or "".
func downloadTarget(c *Command) string {
	switch c.Name {
	case "curl":
		for i, a := range c.Rest {
			if (a == "-o" || a == "--output") && i+1 < len(c.Rest) {
				return c.Rest[i+1]
			}
			if strings.HasPrefix(a, "--output=") {
				return strings.TrimPrefix(a, "--output=")
			}
			// a cluster ending in o takes the next word: -fsSLo file
			if len(a) > 2 && a[0] == '-' && a[1] != '-' && strings.HasSuffix(a, "o") && i+1 < len(c.Rest) {
				return c.Rest[i+1]
			}
		}
		if HasFlag(c.Rest, "-O", "--remote-name") {
			return urlBase(Positional(c.Rest, "-H", "-u", "-d", "-X", "--retry", "-w", "-A", "-e", "--header"))
		}
	case "wget":
		for i, a := range c.Rest {
			if (a == "-O" || a == "--output-document") && i+1 < len(c.Rest) {
				if c.Rest[i+1] == "-" {
					return ""
				}
				return c.Rest[i+1]
			}
		}
		return urlBase(Positional(c.Rest, "-O", "-P", "--header", "-U", "-t", "-T"))
	}
	return ""
}

func urlBase(pos []string) string {
	for _, a := range pos {
		if strings.Contains(a, "://") {
			u := a
			if i := strings.IndexAny(u, "?#"); i >= 0 {
				u = u[:i]
			}
			if b := path.Base(u); b != "" && b != "/" && !strings.Contains(b, ":") {
				return b
			}
		}
	}
	return ""
}

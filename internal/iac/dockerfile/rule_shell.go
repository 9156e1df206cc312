package dockerfile

import (
	"regexp"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// shellCheck builds a check that reports RUN instructions whose shell text matches re.
func shellCheck(r *rule.Rule, re *regexp.Regexp, what string) *check {
	return &check{rule: r, run: func(d *Dockerfile, rep *reporter) {
		runs(d, func(s *Stage, run *instructions.RunCommand, text string) {
			if m := re.FindString(text); m != "" {
				rep.at(line(run), stageSubject(s)+" "+what+" "+m, "RUN "+what+": "+m)
			}
		})
	}}
}

var curlPipeShell = shellCheck(&rule.Rule{
	ID: "config/dockerfile-curl-pipe-shell", Area: finding.Config, Severity: finding.High,
	Title:       "Remote script piped into a shell",
	Description: "curl or wget output is piped straight into sh or bash: whatever the server returns runs in the build, unchecked.",
	Remediation: "Download the script, verify its checksum or signature, then run it; or install from a package manager.",
	References:  []string{"https://docs.docker.com/build/building/best-practices/#using-pipes"},
}, regexp.MustCompile(`\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(-\S+\s+)*(ba|z|da|k)?sh\b`), "pipes a download into a shell")

var sudo = shellCheck(&rule.Rule{
	ID: "config/dockerfile-sudo", Area: finding.Config, Severity: finding.Medium,
	Title:       "sudo in a RUN instruction",
	Description: "sudo in an image build means the image carries sudo and a user allowed to use it, a ready path to root for anyone who gets a shell.",
	Remediation: "Run the privileged steps as root before switching USER, and do not install sudo in the image.",
	References:  []string{"https://docs.docker.com/build/building/best-practices/#user"},
}, regexp.MustCompile(`(^|[;&|(]\s*|\s)sudo\s`), "uses")

var chmod777 = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-chmod-777", Area: finding.Config, Severity: finding.Medium,
		Title:       "World-writable permissions",
		Description: "chmod 777 (or a+rwx) makes files writable by every user of the container: any process can replace the program or its configuration.",
		Remediation: "Give ownership to the user that needs it (COPY --chown) and use 755/644 or tighter.",
		References:  []string{"https://docs.docker.com/reference/dockerfile/#copy---chown---chmod"},
	},
	run: func(d *Dockerfile, r *reporter) {
		re := regexp.MustCompile(`\bchmod\s+(-\S+\s+)*(0?777|a\+rwx|ugo\+rwx|o\+w)\b`)
		runs(d, func(s *Stage, run *instructions.RunCommand, text string) {
			if m := re.FindString(text); m != "" {
				r.at(line(run), stageSubject(s)+" "+m, "RUN "+m+" makes files world-writable")
			}
		})
		for _, s := range d.Stages {
			for _, c := range s.Commands {
				var mode string
				switch x := c.(type) {
				case *instructions.CopyCommand:
					mode = x.Chmod
				case *instructions.AddCommand:
					mode = x.Chmod
				}
				if mode == "777" || mode == "0777" {
					r.at(line(c), stageSubject(s)+" --chmod="+mode, c.Name()+" --chmod="+mode+" makes files world-writable")
				}
			}
		}
	},
}

var insecureDownload = shellCheck(&rule.Rule{
	ID: "config/dockerfile-insecure-download", Area: finding.Config, Severity: finding.High,
	Title:       "TLS verification turned off in a download",
	Description: "curl -k / --insecure or wget --no-check-certificate accept any certificate, so anyone on the network path can replace what the build downloads.",
	Remediation: "Remove the flag and install the CA certificate the server needs.",
	References:  []string{"https://curl.se/docs/manpage.html#-k"},
}, regexp.MustCompile(`\b(curl\b[^;&|\n]*\s(-[a-zA-Z]*k[a-zA-Z]*|--insecure)\b|wget\b[^;&|\n]*--no-check-certificate)`), "disables TLS checks")

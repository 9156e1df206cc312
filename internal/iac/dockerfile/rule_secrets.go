package dockerfile

import (
	"path"
	"regexp"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var secretEnv = &check{
	rule: &rule.Rule{
		ID: "secrets/dockerfile-secret-env", Area: finding.Secrets, Severity: finding.High,
		Title:       "Secret in an ENV instruction",
		Description: "ENV writes the value into the image configuration: everyone who can pull the image (and docker history) reads it.",
		Remediation: "Remove the value and rotate it; pass secrets at run time (orchestrator secrets) or at build time with RUN --mount=type=secret.",
		References:  []string{"https://docs.docker.com/build/building/secrets/"},
	},
	run: func(d *Dockerfile, r *reporter) {
		for _, s := range d.Stages {
			for _, c := range s.Commands {
				e, ok := c.(*instructions.EnvCommand)
				if !ok {
					continue
				}
				for _, kv := range e.Env {
					if secretlike.Name(kv.Key) && !secretlike.IsPlaceholder(kv.Value) {
						r.hits = append(r.hits, hit{rule: r.rule, line: line(e), subject: stageSubject(s) + " ENV " + kv.Key + " " + finding.SecretHash(kv.Value)[:16],
							message: "ENV " + kv.Key + " holds a literal secret", evidence: kv.Key + "=" + finding.Redact(kv.Value)})
					}
				}
			}
		}
	},
}

var secretArg = &check{
	rule: &rule.Rule{
		ID: "secrets/dockerfile-secret-arg", Area: finding.Secrets, Severity: finding.High,
		Title:       "Secret passed as a build ARG",
		Description: "Build arguments are recorded in the image history and build cache; a default value is in the repository too.",
		Remediation: "Use RUN --mount=type=secret,id=NAME (docker build --secret) instead of ARG, and rotate any value that was committed or baked in.",
		References:  []string{"https://docs.docker.com/build/building/secrets/"},
	},
	run: func(d *Dockerfile, r *reporter) {
		report := func(where string, ln int, kv instructions.KeyValuePairOptional) {
			if !secretlike.Name(kv.Key) {
				return
			}
			if kv.Value != nil && !secretlike.IsPlaceholder(*kv.Value) {
				v := *kv.Value
				r.hits = append(r.hits, hit{rule: r.rule, line: ln, subject: where + " ARG " + kv.Key + " " + finding.SecretHash(v)[:16],
					message: "ARG " + kv.Key + " has a literal secret as its default", evidence: kv.Key + "=" + finding.Redact(v)})
				return
			}
			r.at(ln, where+" ARG "+kv.Key, "ARG "+kv.Key+" passes a secret through the build arguments, which stay in the image history")
		}
		for i, kv := range d.Args {
			report("global", d.ArgLines[i], kv)
		}
		for _, s := range d.Stages {
			for _, c := range s.Commands {
				if a, ok := c.(*instructions.ArgCommand); ok {
					for _, kv := range a.Args {
						report(stageSubject(s), line(a), kv)
					}
				}
			}
		}
	},
}

// keyFile matches file names that hold private keys or credentials.
var keyFile = regexp.MustCompile(`(?i)(^id_(rsa|dsa|ecdsa|ed25519)$|\.(pem|key|p12|pfx|jks|keystore|ppk)$|^\.env(\..+)?$|^\.npmrc$|^\.pypirc$|^\.netrc$|^\.git-credentials$|^credentials(\.json)?$|^kubeconfig$|^\.dockercfg$|^service-account.*\.json$)`)

// keyDir matches directories that hold credentials.
var keyDir = regexp.MustCompile(`(?i)(^|/)(\.ssh|\.aws|\.gnupg|\.kube|\.docker)(/|$)`)

var copyKeyFile = &check{
	rule: &rule.Rule{
		ID: "secrets/dockerfile-copy-key-file", Area: finding.Secrets, Severity: finding.High,
		Title:       "Key or credential file copied into the image",
		Description: "COPY or ADD puts a private key, a .env file or a credentials file into an image layer, where anyone with the image can extract it, even if a later step deletes it.",
		Remediation: "Exclude the file in .dockerignore and mount it at build time with RUN --mount=type=secret, or provide it at run time.",
		References:  []string{"https://docs.docker.com/build/building/secrets/"},
	},
	run: func(d *Dockerfile, r *reporter) {
		for _, s := range d.Stages {
			for _, c := range s.Commands {
				var srcs []string
				switch x := c.(type) {
				case *instructions.CopyCommand:
					if x.From != "" {
						continue // from another stage or image, not the build context
					}
					srcs = x.SourcePaths
				case *instructions.AddCommand:
					srcs = x.SourcePaths
				}
				for _, src := range srcs {
					clean := strings.TrimPrefix(src, "./")
					if isURL(src) {
						continue
					}
					if keyFile.MatchString(path.Base(clean)) || keyDir.MatchString(clean) {
						r.at(line(c), stageSubject(s)+" "+c.Name()+" "+src, c.Name()+" puts "+src+" into the image")
					}
				}
			}
		}
	},
}

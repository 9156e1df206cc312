package kubernetes

import (
	"encoding/base64"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var secretManifest = &check{
	rule: &rule.Rule{
		ID: "secrets/k8s-secret-manifest-data", Area: finding.Secrets, Severity: finding.High,
		Title:       "Kubernetes Secret committed with data",
		Description: "A Secret manifest in the repository carries its values (data is only base64, not encryption): everyone with read access to the repository has the credentials.",
		Remediation: "Remove the values from the repository and rotate them; manage the Secret with Sealed Secrets, SOPS, External Secrets or the cloud's secret manager.",
		References:  []string{"https://kubernetes.io/docs/concepts/security/secrets-good-practices/"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Kind != "Secret" || o.Group() != "" {
			return
		}
		for _, field := range []string{"data", "stringData"} {
			for _, kv := range o.Root.Get(field).Pairs() {
				v := kv.Value.Str()
				if field == "data" {
					if dec, err := base64.StdEncoding.DecodeString(strings.TrimSpace(v)); err == nil {
						v = string(dec)
					}
				}
				if secretlike.IsPlaceholder(v) {
					continue
				}
				r.at(o, kv.Line, o.ID()+" "+kv.Key+" "+finding.SecretHash(v)[:16],
					o.ID()+" holds a value for "+field+"."+kv.Key+" ("+finding.Redact(v)+")")
			}
		}
	},
}

var envLiteralSecret = &check{
	rule: &rule.Rule{
		ID: "secrets/k8s-env-literal-secret", Area: finding.Secrets, Severity: finding.High,
		Title:       "Secret written into a container's environment",
		Description: "An environment variable whose name says it holds a credential is given a literal value in the manifest, so the secret is in the repository and in the pod spec for anyone who can read it.",
		Remediation: "Use valueFrom.secretKeyRef to a Secret managed outside the repository, and rotate the exposed value.",
		References:  []string{"https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"},
	},
	container: func(c *manifest.Container, r *reporter) {
		for _, e := range c.Node.Get("env").Items() {
			name, val := e.Get("name").Str(), e.Get("value")
			if !val.Exists() || !secretlike.Name(name) || secretlike.IsPlaceholder(val.Str()) {
				continue
			}
			r.at(c.Pod.Object, val.Line(), c.Subject()+" env "+name+" "+finding.SecretHash(val.Str())[:16],
				"container "+c.Name+" sets "+name+" to a literal value ("+finding.Redact(val.Str())+")")
		}
	},
}

var configMapSecret = &check{
	rule: &rule.Rule{
		ID: "secrets/k8s-configmap-secret", Area: finding.Secrets, Severity: finding.High,
		Title:       "Secret stored in a ConfigMap",
		Description: "A ConfigMap key whose name says it holds a credential has a literal value. ConfigMaps are readable more widely than Secrets and are not meant for credentials.",
		Remediation: "Move the value to a Secret managed outside the repository and rotate it.",
		References:  []string{"https://kubernetes.io/docs/concepts/configuration/configmap/"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Kind != "ConfigMap" {
			return
		}
		for _, kv := range o.Root.Get("data").Pairs() {
			v := kv.Value.Str()
			if secretlike.Name(kv.Key) && !strings.Contains(v, "\n") && !secretlike.IsPlaceholder(v) {
				r.at(o, kv.Line, o.ID()+" "+kv.Key+" "+finding.SecretHash(v)[:16], o.ID()+" holds "+kv.Key+" in clear ("+finding.Redact(v)+")")
			}
		}
	},
}

package runtime

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
)

// An audit policy (kind Policy, audit.k8s.io) decides what kube-apiserver records: each request is
// recorded at the level of the first rule that matches it, and not at all when none does.

// Audit levels, from nothing to everything.
const (
	levelNone            = "None"
	levelMetadata        = "Metadata"
	levelRequest         = "Request"
	levelRequestResponse = "RequestResponse"
)

// AuditRule is one rule of an audit policy, reduced to what coverage asks of it.
type AuditRule struct {
	Level string
	// Resources are the group/resource selectors ("" group for the core API): empty matches every
	// resource request.
	Resources []GroupResources
	// Restricted is true when the rule matches only some requests: named users, groups,
	// namespaces, verbs, or non-resource URLs only.
	Restricted bool
	// Reads is false when the rule's verbs leave out get, list and watch.
	Reads bool
	// NonResource is true for a rule that names non-resource URLs (/healthz, /api*) and no
	// resources: it matches no request on an object.
	NonResource bool
	Line        int
}

// GroupResources is one resource selector of a rule.
type GroupResources struct {
	Group     string
	Resources []string
	// Named is true when the selector lists resourceNames: it matches only those objects.
	Named bool
}

// auditRulesOf reads the rules of a Policy.
func auditRulesOf(o *manifest.Object) []AuditRule {
	var out []AuditRule
	for _, r := range o.Root.Get("rules").Items() {
		verbs := r.Get("verbs").Strings()
		ar := AuditRule{Level: r.Get("level").Str(), Line: r.FirstLine(),
			Reads: len(verbs) == 0 || slices.ContainsFunc(verbs, func(v string) bool { return v == "*" || v == "get" || v == "list" || v == "watch" })}
		ar.Restricted = len(verbs) > 0 && !slices.Contains(verbs, "*") ||
			slices.ContainsFunc([]string{"users", "userGroups", "namespaces", "nonResourceURLs"}, func(k string) bool { return len(r.Get(k).Items()) > 0 })
		ar.NonResource = len(r.Get("nonResourceURLs").Items()) > 0 && len(r.Get("resources").Items()) == 0
		for _, g := range r.Get("resources").Items() {
			ar.Resources = append(ar.Resources, GroupResources{Group: g.Get("group").Str(), Resources: g.Get("resources").Strings(),
				Named: len(g.Get("resourceNames").Items()) > 0})
		}
		out = append(out, ar)
	}
	return out
}

// matchesSecrets reports whether a rule can match requests on Secrets (reads only, or any).
func (r AuditRule) matchesSecrets(reads bool) bool {
	if reads && !r.Reads || r.NonResource {
		return false
	}
	if len(r.Resources) == 0 {
		return true
	}
	for _, g := range r.Resources {
		if g.Group == "" && (len(g.Resources) == 0 || slices.ContainsFunc(g.Resources, func(s string) bool {
			return s == "*" || s == "secrets" || strings.HasPrefix(s, "secrets/")
		})) {
			return true
		}
	}
	return false
}

// coversSecrets reports whether a rule matches every read of every Secret.
func (r AuditRule) coversSecrets() bool {
	if r.Restricted || !r.matchesSecrets(true) {
		return false
	}
	if len(r.Resources) == 0 {
		return true
	}
	for _, g := range r.Resources {
		if g.Group == "" && !g.Named && (len(g.Resources) == 0 || slices.Contains(g.Resources, "secrets") || slices.Contains(g.Resources, "*")) {
			return true
		}
	}
	return false
}

// PolicyGaps is what an audit policy fails to record, or records too much of.
type PolicyGaps struct {
	// RecordsNothing: no rule has a level above None.
	RecordsNothing bool
	// SecretsUnrecorded: reads of Secrets reach a None rule, or no rule, for most requesters.
	SecretsUnrecorded bool
	// SecretBodies are the rules that write Secret contents (Request or RequestResponse level)
	// into the log, before a rule that covers all Secret reads at a lower level.
	SecretBodies []AuditRule
}

// AuditPolicyGaps evaluates a policy's rules in order, as kube-apiserver does.
func AuditPolicyGaps(rules []AuditRule) PolicyGaps {
	var g PolicyGaps
	g.RecordsNothing = !slices.ContainsFunc(rules, func(r AuditRule) bool { return r.Level != levelNone && r.Level != "" })
	if g.RecordsNothing {
		return g
	}
	covered := false
	for _, r := range rules {
		if (r.Level == levelRequest || r.Level == levelRequestResponse) && r.matchesSecrets(false) {
			g.SecretBodies = append(g.SecretBodies, r)
		}
		if r.coversSecrets() {
			covered = true
			g.SecretsUnrecorded = r.Level == levelNone
			break
		}
	}
	if !covered {
		g.SecretsUnrecorded = true
	}
	return g
}

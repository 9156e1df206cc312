package iamrules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// SensitiveWildcard is reported for wildcard actions of sensitive services on all resources.
var SensitiveWildcard = &rule.Rule{
	ID:       "access/iam-sensitive-wildcard",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Wildcard actions on a sensitive service",
	Description: "A statement allows a wildcard of actions (\"s3:*\", \"kms:*\", \"secretsmanager:Get*\", or an Allow with " +
		"NotAction) of a service that guards identities, keys, secrets or data (IAM, KMS, S3, Secrets Manager, STS) on " +
		"all resources. Wildcards also grant every action the service adds later.",
	Remediation: "List the actions the workload calls and scope Resource to the buckets, keys, secrets or roles it uses.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
	},
}

// sensitiveServices are the services whose wildcards the rule reports.
var sensitiveServices = []string{"iam", "kms", "s3", "secretsmanager", "sts"}

// sensitiveReads are read actions that hand out secrets or data, reported like writes.
var sensitiveReads = map[string]bool{
	"s3:GetObject": true, "secretsmanager:GetSecretValue": true, "kms:Decrypt": true, "sts:GetSessionToken": true,
	"sts:GetFederationToken": true, "secretsmanager:BatchGetSecretValue": true,
}

// wholeTypes are resource-part patterns that cover every resource of a sensitive service's main
// type: all keys, all secrets, every object of every bucket.
var wholeTypes = map[string][]string{
	"kms":            {"key/*", "alias/*"},
	"secretsmanager": {"secret:*", "secret*"},
	"s3":             {"*/*"},
}

// coversSensitive reports whether a statement applies to every resource of the service, or to every
// resource of its main type.
func coversSensitive(st *iampolicy.Statement, svc string) bool {
	if st.CoversService(svc) {
		return true
	}
	if st.NotResource {
		return false
	}
	for _, v := range st.Resources {
		parts := strings.SplitN(v.Text, ":", 6)
		if v.Unresolved || len(parts) != 6 || parts[0] != "arn" || (parts[2] != "*" && !strings.EqualFold(parts[2], svc)) {
			continue
		}
		if slices.Contains(wholeTypes[svc], parts[5]) {
			return true
		}
	}
	return false
}

// dangerous lists the actions of the sensitive services that a statement's pattern matches and
// that write, manage permissions or read secrets, keeping those for which the statement covers
// every resource of the service and still allows the action there once the set's denies apply.
func dangerous(s iampolicy.Set, st *iampolicy.Statement, matches func(string) bool) map[string][]string {
	cat := iampolicy.Actions()
	out := map[string][]string{}
	for _, svc := range sensitiveServices {
		if !coversSensitive(st, svc) {
			continue
		}
		for a := range cat.Each(svc) {
			name := a.String()
			if !a.Level.Has(iampolicy.LevelWrite) && !a.Level.Has(iampolicy.LevelPermissions) && !sensitiveReads[name] {
				continue
			}
			if matches(name) && ownGrant(s, name, st) {
				out[svc] = append(out[svc], name)
			}
		}
	}
	return out
}

// CheckSensitiveWildcard reports, per statement and pattern, the wildcards of sensitive services
// that an identity's policies allow on all resources of the service ("*", "arn:aws:s3:::*").
func CheckSensitiveWildcard(id Identity) []finding.Finding {
	s := id.Set()
	var out []finding.Finding
	for _, d := range id.Documents {
		for _, st := range d.Policy.Statements {
			if st.Effect != iampolicy.Allow || st.Principal != nil {
				continue
			}
			if st.NotAction {
				if f, ok := notActionWildcard(id, d, st, s); ok {
					out = append(out, f)
				}
				continue
			}
			for _, v := range st.Actions {
				if v.Unresolved || !strings.ContainsAny(v.Text, "*?") {
					continue
				}
				hits := dangerous(s, st, func(a string) bool { return iampolicy.MatchAction(v.Text, a) })
				if len(hits) == 0 {
					continue
				}
				f := SensitiveWildcard.Finding(d.Locate(v.Pos), id.Name+"#"+strings.ToLower(v.Text),
					fmt.Sprintf("%s allows %q on %s: %s", where(d, st), v.Text, resourceWord(st), summarize(hits)))
				conditional(&f, st, len(st.Conditions) > 0)
				out = append(out, f)
			}
		}
	}
	return out
}

// ownGrant reports whether the statement itself is among the allowances for an action that no
// deny narrows.
func ownGrant(s iampolicy.Set, action string, st *iampolicy.Statement) bool {
	for _, a := range s.Grant(action).Allowances {
		if a.Statement == st && !a.PartlyDenied {
			return true
		}
	}
	return false
}

func notActionWildcard(id Identity, d Document, st *iampolicy.Statement, s iampolicy.Set) (finding.Finding, bool) {
	hits := dangerous(s, st, st.AppliesToAction)
	if len(hits) == 0 {
		return finding.Finding{}, false
	}
	f := SensitiveWildcard.Finding(d.Locate(st.ActionPos), id.Name+"#notaction",
		fmt.Sprintf("%s allows every action except %s on %s (Allow with NotAction): %s",
			where(d, st), joinValues(st.Actions), resourceWord(st), summarize(hits)))
	conditional(&f, st, len(st.Conditions) > 0)
	return f, true
}

// summarize renders "kms: 12 write or secret-reading actions (kms:CreateGrant, kms:Decrypt, ...)".
func summarize(hits map[string][]string) string {
	var parts []string
	for _, svc := range sensitiveServices {
		as := hits[svc]
		if len(as) == 0 {
			continue
		}
		slices.Sort(as)
		shown := as
		if len(shown) > 3 {
			shown = shown[:3]
		}
		more := ""
		if len(as) > len(shown) {
			more = ", ..."
		}
		parts = append(parts, fmt.Sprintf("%d %s actions that write, manage permissions or read secrets (%s%s)", len(as), svc, strings.Join(shown, ", "), more))
	}
	return strings.Join(parts, "; ")
}

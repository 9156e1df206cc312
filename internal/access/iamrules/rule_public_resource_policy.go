package iamrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PublicResourcePolicy is reported when a resource policy allows anyone without a limiting condition.
var PublicResourcePolicy = &rule.Rule{
	ID:       "access/resource-policy-public",
	Aliases:  []string{"config/s3-bucket-public-policy"}, // retired: the same problem on S3, before the IAM evaluator read it
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Resource policy allows anyone",
	Description: "A resource policy (S3 bucket, KMS key, SQS queue, SNS topic, ECR repository, Lambda function, " +
		"Secrets Manager secret ...) allows \"Principal\": \"*\" (or NotPrincipal) with no condition that limits the " +
		"caller to an account, organization, source ARN or network. Every AWS account, and for some services " +
		"anonymous callers, can use the resource.",
	Remediation: "Name the principals that need access, or keep \"*\" and add a condition such as aws:PrincipalOrgID, " +
		"aws:SourceAccount, aws:SourceArn or aws:SourceVpce. For public website content, serve it through CloudFront " +
		"with origin access control instead.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
	},
}

// CheckPublicResourcePolicy reports each Allow statement of a resource policy that is open to
// anyone. resource names the resource for the subject ("aws_s3_bucket_policy.site", a file path).
func CheckPublicResourcePolicy(d Document, resource string) []finding.Finding {
	var out []finding.Finding
	for _, st := range d.Policy.Statements {
		if st.Effect != iampolicy.Allow || st.Principal == nil || !(st.Principal.Everyone() || st.NotPrincipal) {
			continue
		}
		if !st.NotAction && allAssume(st) {
			continue // a trust statement: the trust rules judge it
		}
		if limitsWho(st.Conditions) || deniedOutside(d.Policy, st) {
			continue
		}
		who := "anyone (Principal \"*\")"
		if st.NotPrincipal {
			who = "everyone but the NotPrincipal list"
		}
		f := PublicResourcePolicy.Finding(d.Locate(st.Principal.EveryoneAt()), resource+"#"+statementKey(st),
			fmt.Sprintf("%s allows %s %s on %s with no condition that limits the caller", where(d, st), who,
				actionsPhrase(st), joinValues(st.Resources)))
		if writes(st) {
			f.Severity = finding.Critical
			f.Message += "; the actions include writes or permission changes"
		}
		out = append(out, f)
	}
	return out
}

// actionsPhrase renders a statement's actions for a sentence: "s3:GetObject, s3:PutObject" or
// "every action except kms:Decrypt".
func actionsPhrase(st *iampolicy.Statement) string {
	if st.NotAction {
		return "every action except " + joinValues(st.Actions)
	}
	return joinValues(st.Actions)
}

func allAssume(st *iampolicy.Statement) bool {
	for _, a := range st.Actions {
		if !isAssumeAction(a.Text) {
			return false
		}
	}
	return len(st.Actions) > 0
}

// statementKey identifies a statement within its policy: its Sid, or its number.
func statementKey(st *iampolicy.Statement) string {
	if st.Sid != "" {
		return st.Sid
	}
	return fmt.Sprint(st.Index + 1)
}

// writes reports whether a statement allows some known write or permissions-management action.
func writes(st *iampolicy.Statement) bool {
	cat := iampolicy.Actions()
	if st.NotAction {
		return true
	}
	for _, v := range st.Actions {
		if v.Unresolved {
			continue
		}
		for _, a := range cat.Expand(v.Text) {
			if a.Level.Has(iampolicy.LevelWrite) || a.Level.Has(iampolicy.LevelPermissions) {
				return true
			}
		}
	}
	return false
}

package evidence

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// ConsoleWithoutMFA is reported for console users (and the root user) without MFA.
var ConsoleWithoutMFA = &rule.Rule{
	ID:       "access/aws-console-user-without-mfa",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "AWS console user without MFA",
	Description: "An IAM user can sign in to the console with a password but has no MFA device, or the root user has " +
		"no MFA. A phished or reused password is enough to sign in.",
	Remediation: "Register an MFA device (a passkey or security key) for the user, and deny actions without MFA with an " +
		"aws:MultiFactorAuthPresent condition until then. Move people to IAM Identity Center.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html",
	},
}

func checkConsoleMFA(path string, r CredentialRow, o Options) []finding.Finding {
	if r.MFA || !(r.PasswordEnabled || r.Root()) {
		return nil
	}
	msg := "user " + r.User + " can sign in to the console with a password but has no MFA device"
	f := ConsoleWithoutMFA.Finding(finding.Location{Path: path, StartLine: r.Line}, r.ARN+"#mfa", msg)
	if r.Root() {
		f.Message = "the root user has no MFA device"
		f.Severity = finding.Critical
	}
	return []finding.Finding{f}
}

package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// ConfigInvalid is reported by the platform parsers for structural problems: unknown keys (often a
// misspelt security setting that then silently does not apply), values of the wrong type, a job
// without steps or runner.
var ConfigInvalid = &rule.Rule{
	ID: "pipeline/config-invalid", Area: finding.Pipeline, Severity: finding.Low,
	Title: "CI configuration has an unknown key or an invalid value",
	Description: "The CI system ignores or rejects part of this configuration: an unknown key (a misspelt " +
		"`permissions:` silently leaves the default broad token), a value of the wrong type, or a missing " +
		"required part. What the file appears to say is not what runs.",
	Remediation: "Fix the key or value as the message says; the platform's schema lists the valid keys.",
}

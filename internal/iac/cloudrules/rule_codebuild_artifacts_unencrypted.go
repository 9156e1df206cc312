package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCodebuildArtifactsUnencrypted = newRule("config/codebuild-artifacts-unencrypted", finding.Medium,
	"CodeBuild artifacts are not encrypted",
	"Build artifacts are written without encryption.",
	"Remove encryption_disabled = true (EncryptionDisabled) from the artifacts.")

func checkCodebuildArtifactsUnencrypted() *Check {
	return attrCheck(ruleCodebuildArtifactsUnencrypted,
		expect{Types: []string{"aws_codebuild_project"}, Path: []string{"artifacts", "encryption_disabled"}, Bad: isTrue,
			Message: "encryption_disabled = %s: build artifacts are stored unencrypted"},
		expect{Types: []string{"AWS::CodeBuild::Project"}, Path: []string{"Artifacts", "EncryptionDisabled"}, Bad: isTrue,
			Message: "EncryptionDisabled: %s: build artifacts are stored unencrypted"},
	)
}

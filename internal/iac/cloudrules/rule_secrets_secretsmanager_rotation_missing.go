package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleSecretsSecretsmanagerRotationMissing = newRule("secrets/secretsmanager-rotation-missing", finding.Medium,
	"Secrets Manager secret is not rotated",
	"No rotation is configured for the secret (no aws_secretsmanager_secret_rotation or AWS::SecretsManager::RotationSchedule joined to it): the same credential stays valid until someone changes it by hand, however long it has been exposed.",
	"Add a rotation (aws_secretsmanager_secret_rotation with a rotation Lambda or a managed rotation) that points at the secret.")

func checkSecretsSecretsmanagerRotationMissing() *Check {
	return &Check{Rule: ruleSecretsSecretsmanagerRotationMissing, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_secretsmanager_secret") {
			if hasAttr(r, "rotation_rules") || hasAttr(r, "rotation_lambda_arn") {
				continue
			}
			good, unknown := joined(c, r, resource.Join{Types: []string{"aws_secretsmanager_secret_rotation"}, Attr: []string{"secret_id"}}, always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": no aws_secretsmanager_secret_rotation rotates the secret")
			}
		}
		for _, r := range c.Set.OfType("AWS::SecretsManager::Secret") {
			good, unknown := joined(c, r, cfnRefJoin("AWS::SecretsManager::RotationSchedule", "SecretId"), always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": no AWS::SecretsManager::RotationSchedule rotates the secret")
			}
		}
	}}
}

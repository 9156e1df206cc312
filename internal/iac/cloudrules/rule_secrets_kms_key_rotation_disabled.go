package cloudrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleSecretsKmsKeyRotationDisabled = newRule("secrets/kms-key-rotation-disabled", finding.Medium,
	"Encryption key is not rotated automatically",
	"A symmetric KMS key (enable_key_rotation defaults to false), a Cloud KMS key without a rotation period (or one longer than 90 days) or a Key Vault key without a rotation policy keeps the same key material for ever: a leaked or broken key protects every old and new ciphertext.",
	"Turn on automatic rotation: enable_key_rotation = true (EnableKeyRotation), rotation_period of 7776000s (90 days) or shorter on google_kms_crypto_key, a rotation_policy on azurerm_key_vault_key.")

func checkSecretsKmsKeyRotationDisabled() *Check {
	const maxRotation = 90 * 24 * 3600
	longRotation := func(v *resource.Value) bool {
		s, ok := v.AsString()
		if !ok {
			return false
		}
		var secs float64
		if _, err := fmt.Sscanf(strings.TrimSuffix(s, "s"), "%g", &secs); err != nil {
			return false
		}
		return secs > maxRotation
	}
	symmetric := func(keys ...string) func(c *Context, r *resource.Resource) bool {
		return func(c *Context, r *resource.Resource) bool {
			for _, k := range keys {
				if v := r.Get(k); v.IsUnknown() || (v != nil && !oneOf("SYMMETRIC_DEFAULT")(v)) {
					return true
				}
			}
			return false
		}
	}
	return attrCheck(ruleSecretsKmsKeyRotationDisabled,
		expect{Types: []string{"aws_kms_key"}, Path: []string{"enable_key_rotation"}, Bad: isFalse, Skip: symmetric("customer_master_key_spec", "key_spec"),
			Message: "enable_key_rotation = %s: the key material is never rotated",
			Missing: defaultNote("enable_key_rotation", "false", "the key material is never rotated")},
		expect{Types: []string{"AWS::KMS::Key"}, Path: []string{"EnableKeyRotation"}, Bad: isFalse, Skip: symmetric("KeySpec"),
			Message: "EnableKeyRotation: %s: the key material is never rotated",
			Missing: defaultNote("EnableKeyRotation", "false", "the key material is never rotated")},
		expect{Types: []string{"google_kms_crypto_key"}, Path: []string{"rotation_period"}, Bad: longRotation,
			Skip: func(c *Context, r *resource.Resource) bool {
				v := r.Get("purpose")
				return v.IsUnknown() || (v != nil && !oneOf("ENCRYPT_DECRYPT")(v))
			},
			Message: "rotation_period = %s is longer than 90 days",
			Missing: defaultNote("rotation_period", "none", "the key is never rotated")},
		expect{Types: []string{"azurerm_key_vault_key"}, Path: []string{"rotation_policy"},
			Missing: "no rotation_policy is set, so the key is never rotated automatically"},
	)
}

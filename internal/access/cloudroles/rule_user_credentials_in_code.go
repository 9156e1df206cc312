package cloudroles

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// UserAccessKeyInCode is reported for IAM access keys created by infrastructure code.
var UserAccessKeyInCode = &rule.Rule{
	ID:       "access/iam-user-access-key-in-code",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "IAM access key created in infrastructure code",
	Description: "The code creates a long-lived access key for an IAM user (aws_iam_access_key, AWS::IAM::AccessKey). " +
		"Its secret lands in the state file or stack outputs and lives until someone rotates it by hand.",
	Remediation: "Give the workload a role instead: an instance profile, a task or pod role, or OIDC federation for CI " +
		"systems outside AWS.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
	},
}

// UserPolicyInCode is reported for policies attached directly to IAM users in code.
var UserPolicyInCode = &rule.Rule{
	ID:       "access/iam-user-inline-policy",
	Area:     finding.Access,
	Severity: finding.Low,
	Title:    "IAM policy attached directly to a user",
	Description: "The code gives an IAM user its own inline policy or attaches a managed policy to the user directly " +
		"(aws_iam_user_policy, aws_iam_user_policy_attachment, AWS::IAM::UserPolicy, Policies on AWS::IAM::User). " +
		"Permissions per user drift apart and outlive the person; people belong in groups or Identity Center " +
		"permission sets, workloads in roles.",
	Remediation: "Attach the policy to a group (or a role) and add the user to the group.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions",
	},
}

// CheckUserResource judges one resource by its type: access keys and user policies declared in
// Terraform (aws_iam_access_key, aws_iam_user_policy, aws_iam_user_policy_attachment) or
// CloudFormation (AWS::IAM::AccessKey, AWS::IAM::UserPolicy; an AWS::IAM::User with Policies or
// ManagedPolicyArns should be passed as "AWS::IAM::User+Policies").
func CheckUserResource(resourceType, subject string, loc finding.Location) []finding.Finding {
	switch resourceType {
	case "aws_iam_access_key", "AWS::IAM::AccessKey":
		return []finding.Finding{UserAccessKeyInCode.Finding(loc, subject,
			fmt.Sprintf("%s creates a long-lived access key for an IAM user", subject))}
	case "aws_iam_user_policy", "aws_iam_user_policy_attachment", "AWS::IAM::UserPolicy", "AWS::IAM::User+Policies":
		return []finding.Finding{UserPolicyInCode.Finding(loc, subject,
			fmt.Sprintf("%s gives an IAM user permissions directly rather than through a group or role", subject))}
	}
	return nil
}

package runtime

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// The account baseline heuristic.
//
// Account-wide detective controls (an AWS CloudTrail trail, a GuardDuty detector, Security Hub or a
// Config recorder; GCP data access audit logs; Azure Defender plans and activity log alerts) are
// usually managed once per account, often in another repository than the workloads. Asking every
// configuration that creates a bucket for them would bury real findings in noise, so a rule asks for
// a missing account-wide control only of a configuration that is clearly an account's baseline:
//
//   - one configuration root (a Terraform root module with its local modules, a plan, or one
//     CloudFormation template) that
//   - itself manages at least one account-level setting of that cloud: a marker type below (a
//     password policy, an account-wide public access block, default EBS encryption, an Access
//     Analyzer, an organization, a trail, a detector, a Config recorder; a GCP project, folder or
//     organization policy; an Azure subscription, Defender setting or subscription policy).
//
// A root that only defines workloads (a VPC, buckets, a cluster) is an application stack: its
// account baseline lives elsewhere and these rules stay quiet about it. A root that manages some
// account settings is where the missing ones belong. The finding points at the root's provider
// block (Terraform), or at the first marker resource when there is none (CloudFormation, plans).

// The baseline notes close the descriptions of the rules that ask for account-wide controls.
const (
	awsBaselineNote = " Asked only of a configuration that is clearly an AWS account's baseline: one that itself manages " +
		"account-level settings (a password policy or account alias, the account public access block, default EBS " +
		"encryption, Access Analyzer, an organization, a trail, a detector or a Config recorder). An application " +
		"stack whose baseline lives elsewhere is not asked."
	gcpBaselineNote = " Asked only of a configuration that manages a Google Cloud project, folder or organization " +
		"(google_project, google_folder, organization policies, audit configs or organization sinks)."
	azureBaselineNote = " Asked only of a configuration that manages an Azure subscription (azurerm_subscription, Defender " +
		"settings, subscription policy assignments, management groups or activity log alerts), or, for Defender " +
		"plans, of a review that manages Defender pricing."
)

// baselineMarkers are the account-level resource types that make a root an account baseline.
var baselineMarkers = map[string][]string{
	"aws": {
		"aws_cloudtrail", "aws_guardduty_detector", "aws_guardduty_organization_admin_account",
		"aws_securityhub_account", "aws_config_configuration_recorder", "aws_iam_account_password_policy",
		"aws_iam_account_alias", "aws_s3_account_public_access_block", "aws_ebs_encryption_by_default",
		"aws_accessanalyzer_analyzer", "aws_organizations_organization", "aws_organizations_account",
		"aws_macie2_account", "aws_account_alternate_contact", "aws_inspector2_enabler", "aws_detective_graph",
		"AWS::CloudTrail::Trail", "AWS::GuardDuty::Detector", "AWS::SecurityHub::Hub",
		"AWS::Config::ConfigurationRecorder", "AWS::AccessAnalyzer::Analyzer", "AWS::Organizations::Account",
		"AWS::Organizations::Organization", "AWS::Macie::Session", "AWS::Detective::Graph",
	},
	"google": {
		"google_project", "google_folder", "google_project_iam_audit_config", "google_folder_iam_audit_config",
		"google_organization_iam_audit_config", "google_org_policy_policy", "google_project_organization_policy",
		"google_folder_organization_policy", "google_organization_policy", "google_project_default_service_accounts",
		"google_logging_organization_sink", "google_logging_folder_sink",
	},
	"azurerm": {
		"azurerm_subscription", "azurerm_security_center_subscription_pricing", "azurerm_security_center_contact",
		"azurerm_security_center_setting", "azurerm_security_center_auto_provisioning",
		"azurerm_security_center_workspace", "azurerm_subscription_policy_assignment", "azurerm_management_group",
		"azurerm_management_group_policy_assignment", "azurerm_monitor_activity_log_alert",
		"azurerm_monitor_aad_diagnostic_setting", "azurerm_policy_definition",
	},
}

// baseline is one configuration root that manages a cloud account's settings.
type baseline struct {
	root   string
	source resource.Source
	// marker is the first account-level resource of the root.
	marker *resource.Resource
	// anchor is where a missing account-wide control is reported, and anchorWhat names it.
	anchor     finding.Location
	anchorWhat string
}

// subject is the stable identity of findings about the baseline as a whole.
func (b *baseline) subject(cloud string) string { return cloud + "-account:" + b.root }

// cloudformation reports whether the baseline is a CloudFormation template (for snippets).
func (b *baseline) cloudformation() bool { return b.source == resource.CloudFormation }

// has reports whether the baseline's root defines a resource of one of the types.
func (p *pass) has(root string, types ...string) bool {
	return len(p.inRoot(root, types...)) > 0
}

// inRoot returns the resources of the types in a root, in set order.
func (p *pass) inRoot(root string, types ...string) []*resource.Resource {
	key := strings.Join(types, ",")
	byRoot, ok := p.roots[key]
	if !ok {
		byRoot = map[string][]*resource.Resource{}
		for _, r := range p.set.OfType(types...) {
			byRoot[r.Root] = append(byRoot[r.Root], r)
		}
		p.roots[key] = byRoot
	}
	return byRoot[root]
}

// baselines returns the account baselines of a cloud ("aws", "google", "azurerm"), by root.
func (p *pass) baselines(cloud string) []*baseline {
	var out []*baseline
	seen := map[string]bool{}
	for _, r := range p.set.OfType(baselineMarkers[cloud]...) {
		if seen[r.Root] {
			continue
		}
		seen[r.Root] = true
		b := &baseline{root: r.Root, source: r.Source, marker: r, anchor: r.Location(), anchorWhat: r.Label()}
		if loc, ok := p.providerBlock(r.Root, cloud); ok && r.Source == resource.Terraform {
			b.anchor, b.anchorWhat = loc, `provider "`+cloud+`"`
		}
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b *baseline) int { return strings.Compare(a.root, b.root) })
	return out
}

// providerBlock finds the provider block of a cloud in a Terraform root module's own files,
// preferring the default (unaliased) configuration.
func (p *pass) providerBlock(root, cloud string) (finding.Location, bool) {
	var found finding.Location
	ok := false
	for _, f := range p.tf {
		if f.Body == nil || f.Dir() != root {
			continue
		}
		for _, b := range f.Body.Blocks {
			if b.Type != "provider" || len(b.Labels) != 1 || b.Labels[0] != cloud {
				continue
			}
			loc := finding.Location{Path: f.Path, StartLine: b.DefRange().Start.Line}
			if _, aliased := b.Body.Attributes["alias"]; !aliased {
				return loc, true
			}
			if !ok {
				found, ok = loc, true
			}
		}
	}
	return found, ok
}

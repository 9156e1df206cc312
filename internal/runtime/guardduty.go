package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// GuardDuty facts shared by the detector rules.

var detectorTypes = []string{"aws_guardduty_detector", "AWS::GuardDuty::Detector"}

// detectorEnabled reports whether a detector is not known to be disabled (enable defaults to true
// in Terraform; Enable is required in CloudFormation).
func detectorEnabled(d *resource.Resource) bool { return !isFalse(get(d, "enable", "Enable")) }

// protection is one GuardDuty protection plan: its legacy data source path and its feature names.
type protection struct {
	name       string
	datasource string // Terraform path below datasources
	cfnSource  string // CloudFormation path below DataSources
	features   []string
	tfFix      string
	cfnFix     string
}

var (
	s3Protection = protection{name: "S3 Protection", datasource: "datasources.s3_logs.enable",
		cfnSource: "DataSources.S3Logs.Enable", features: []string{"S3_DATA_EVENTS"},
		tfFix: `resource "aws_guardduty_detector_feature" "%[1]s_s3" {
  detector_id = %[2]s.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}
`, cfnFix: `Features:
  - Name: S3_DATA_EVENTS
    Status: ENABLED`}
	eksProtection = protection{name: "EKS Protection (audit log monitoring)", datasource: "datasources.kubernetes.audit_logs.enable",
		cfnSource: "DataSources.Kubernetes.AuditLogs.Enable", features: []string{"EKS_AUDIT_LOGS"},
		tfFix: `resource "aws_guardduty_detector_feature" "%[1]s_eks" {
  detector_id = %[2]s.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}
`, cfnFix: `Features:
  - Name: EKS_AUDIT_LOGS
    Status: ENABLED`}
)

// featureOn reports whether a detector has one of the features enabled, through its
// CloudFormation Features or an aws_guardduty_detector_feature resource; unsure when a feature
// resource names its detector or its status through an unknown value.
func (p *pass) featureOn(d *resource.Resource, names ...string) (on, unsure bool) {
	if isCFN(d) {
		for _, f := range d.Get("Features").Elements() {
			if strIs(f.Get("Name"), names...) {
				if strIs(f.Get("Status"), "ENABLED") {
					return true, false
				}
				unsure = unsure || f.Get("Status").IsUnknown()
			}
		}
		return false, unsure
	}
	fs, unsure := p.referrers(d, via{types: []string{"aws_guardduty_detector_feature"}, attr: []string{"detector_id"}})
	for _, f := range fs {
		if !strIs(f.Get("name"), names...) && !f.Get("name").IsUnknown() {
			continue
		}
		switch st := f.Get("status"); {
		case strIs(st, "ENABLED") && strIs(f.Get("name"), names...):
			return true, false
		case st.IsUnknown() || f.Get("name").IsUnknown():
			unsure = true
		}
	}
	return false, unsure
}

// protected reports whether a detector has a protection on; at is the value that turns it off,
// when one does.
func (p *pass) protected(d *resource.Resource, pr protection) (on, unsure bool, at *resource.Value) {
	v := get(d, pr.datasource, pr.cfnSource)
	if isTrue(v) {
		return true, false, nil
	}
	on, unsure = p.featureOn(d, pr.features...)
	return on, unsure || v.IsUnknown(), v
}

// protectionGap reports a detector whose protection is not known to be on.
func (p *pass) protectionGap(d *resource.Resource, pr protection, why string) {
	on, unsure, at := p.protected(d, pr)
	if on || unsure {
		return
	}
	msg := d.Label() + ": GuardDuty " + pr.name + " is not enabled"
	if isFalse(at) {
		msg += " (it is turned off here)"
	}
	p.report(d, at, msg+why, pick(d, fmt.Sprintf(pr.tfFix, tfName(d.Name), ref(d)), setting(d, "", pr.cfnFix)))
}

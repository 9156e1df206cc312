package runtime

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleGCPDataAccessAuditLogsMissing = newRule("gcp-data-access-audit-logs-missing", finding.Medium,
	"GCP data access audit logs are not configured for all services",
	"Google Cloud writes Admin Activity audit logs always, but Data Access logs (who read which secret, object or "+
		"table, and who changed data) only when an audit config asks for them. Without DATA_READ and DATA_WRITE for "+
		"allServices, reads of sensitive data leave no trace; exempted members are holes in the record."+gcpBaselineNote,
	"Add an audit config for allServices with ADMIN_READ, DATA_READ and DATA_WRITE and no exempted members "+
		"(google_project_iam_audit_config, or the folder or organization equivalent).",
	"https://cloud.google.com/logging/docs/audit/configure-data-access",
	"CIS Google Cloud Platform Foundation Benchmark 2.1")

var auditConfigTypes = []string{"google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"}

// dataLogTypes are the log types a complete audit config enables.
var dataLogTypes = []string{"ADMIN_READ", "DATA_READ", "DATA_WRITE"}

const gcpAuditSnippet = `resource "google_project_iam_audit_config" "all_services" {
  project = var.project_id
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
`

func checkGCPDataAccessAuditLogsMissing() *check {
	return &check{rule: ruleGCPDataAccessAuditLogsMissing, run: func(p *pass) {
		for _, b := range p.baselines("google") {
			configs := p.inRoot(b.root, auditConfigTypes...)
			var best *resource.Resource
			var bestMissing []string
			complete := false
			for _, c := range configs {
				if svc := c.Get("service"); svc.IsUnknown() || !strIs(svc, "allServices") {
					continue
				}
				missing, unsure := auditGaps(c)
				if len(missing) == 0 || unsure {
					complete = true
					break
				}
				if best == nil {
					best, bestMissing = c, missing
				}
			}
			if complete || p.policyAudits(b.root) {
				continue
			}
			if best != nil {
				p.report(best, nil, best.Label()+": the allServices audit config does not "+strings.Join(bestMissing, "; "), gcpAuditSnippet)
				continue
			}
			p.reportAt(b.anchor, b.subject("google"), fmt.Sprintf(
				"this configuration manages the Google Cloud project or organization (%s) but no audit config enables data access logs for allServices: add one here",
				b.marker.Label()), gcpAuditSnippet)
		}
	}}
}

// auditGaps lists what an allServices audit config lacks: log types, or members exempted.
func auditGaps(c *resource.Resource) (gaps []string, unsure bool) {
	var have []string
	for _, lc := range c.Get("audit_log_config").Elements() {
		lt := lc.Get("log_type")
		if lt.IsUnknown() {
			return nil, true
		}
		have = append(have, strings.ToUpper(str(lt)))
		if ex := lc.Get("exempted_members"); len(ex.Elements()) > 0 {
			gaps = append(gaps, "exempt members from "+str(lt))
		}
	}
	var missing []string
	for _, t := range dataLogTypes {
		if !slices.Contains(have, t) {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		gaps = append([]string{"enable " + strings.Join(missing, ", ")}, gaps...)
	}
	return gaps, false
}

// policyAudits reports whether an authoritative IAM policy of the root carries audit configs
// (a google_iam_policy data source with an audit_config for allServices).
func (p *pass) policyAudits(root string) bool {
	for _, d := range p.set.DataOfType("google_iam_policy") {
		if d.Root != root {
			continue
		}
		for _, ac := range d.Get("audit_config").Elements() {
			if strIs(ac.Get("service"), "allServices") {
				return true
			}
		}
	}
	return false
}

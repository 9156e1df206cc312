package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGkeClientCertificateEnabled = newRule("config/gke-client-certificate-enabled", finding.Medium,
	"GKE cluster issues a client certificate",
	"issue_client_certificate creates a long-lived admin credential that cannot be revoked short of rotating the cluster CA.",
	"Set master_auth.client_certificate_config.issue_client_certificate = false.")

func checkGkeClientCertificateEnabled() *Check {
	return attrCheck(ruleGkeClientCertificateEnabled,
		expect{Types: []string{"google_container_cluster"}, Path: []string{"master_auth", "client_certificate_config", "issue_client_certificate"}, Bad: isTrue,
			Message: "issue_client_certificate = %s: a non-revocable admin certificate is issued"},
	)
}

package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudsqlSslNotRequired = newRule("config/cloudsql-ssl-not-required", finding.Medium,
	"Cloud SQL accepts unencrypted connections",
	"Neither ssl_mode (ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) nor require_ssl makes the instance refuse plaintext connections; the provider default ALLOW_UNENCRYPTED_AND_ENCRYPTED is relied on or set.",
	"Set settings.ip_configuration.ssl_mode = \"ENCRYPTED_ONLY\" (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).")

func checkCloudsqlSslNotRequired() *Check {
	return &Check{Rule: ruleCloudsqlSslNotRequired, Run: func(c *Context) {
		for _, r := range c.Set.OfType("google_sql_database_instance") {
			ipc := r.Get("settings", "ip_configuration")
			mode, req := ipc.Get("ssl_mode"), ipc.Get("require_ssl")
			switch {
			case ipc.IsUnknown() || mode.IsUnknown() || req.IsUnknown() || isTrue(req):
			case oneOf("ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED")(mode):
			case mode != nil:
				c.Report(r, mode, r.Label()+": ssl_mode = "+mode.Text()+": plaintext connections are accepted")
			default:
				c.Report(r, req, r.Label()+": "+defaultNote("ssl_mode", "ALLOW_UNENCRYPTED_AND_ENCRYPTED", "plaintext connections are accepted"))
			}
		}
	}}
}

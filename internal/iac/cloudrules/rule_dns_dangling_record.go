package cloudrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDnsDanglingRecord = newRule("config/dns-dangling-record", finding.High,
	"DNS record points at a provider endpoint this configuration does not manage",
	"A CNAME, alias or record value names a provider hostname (an S3 website or bucket endpoint, CloudFront, Elastic Beanstalk, Azure App Service, Traffic Manager, Azure Storage or CDN, Heroku, GitHub Pages, Cloud Storage) that no resource of this configuration provides. If that resource is deleted or never existed, anyone can claim the name at the provider and serve content on your domain (subdomain takeover).",
	"Point records at resources the same configuration manages (reference their attributes instead of literal hostnames), and delete records whose target is gone.")

func checkDnsDanglingRecord() *Check {
	return &Check{Rule: ruleDnsDanglingRecord, Run: func(c *Context) {
		for _, rec := range dnsRecords(c) {
			if !rec.known || (rec.typ != "CNAME" && rec.typ != "ALIAS") {
				continue
			}
			for _, v := range rec.vals {
				host, ok := literalHost(v)
				if !ok {
					continue
				}
				for _, t := range takeoverTargets {
					m := t.re.FindStringSubmatch(host)
					if m == nil {
						continue
					}
					label, _, _ := strings.Cut(host, ".")
					if !t.managed(c, rec.r.Root, host, label, rec.name) {
						c.Report(rec.r, v, fmt.Sprintf("%s: %s points at %s (%s) that this configuration does not manage: if it is deleted, someone else can claim it", rec.r.Label(), rec.name, host, t.what))
					}
					break
				}
			}
		}
	}}
}

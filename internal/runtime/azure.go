package runtime

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// Azure facts shared by the diagnostic settings rules.

// diagnostics returns the diagnostic settings that target a resource (or one of its children:
// "${azurerm_storage_account.x.id}/blobServices/default" refers to the account) and send logs.
func (p *pass) diagnostics(r *resource.Resource) (settings []*resource.Resource, unsure bool) {
	ds, unsure := p.referrers(r, via{types: []string{"azurerm_monitor_diagnostic_setting"}, attr: []string{"target_resource_id"}})
	for _, d := range ds {
		if len(diagnosticCategories(d)) > 0 {
			settings = append(settings, d)
		}
	}
	return settings, unsure
}

// diagnosticCategories returns the log categories (and category groups) a diagnostic setting
// enables, lower-cased; "?" stands for an unknown one.
func diagnosticCategories(d *resource.Resource) []string {
	var out []string
	for _, block := range []string{"enabled_log", "log"} {
		for _, l := range d.Get(block).Elements() {
			if isFalse(l.Get("enabled")) {
				continue
			}
			for _, key := range []string{"category", "category_group"} {
				v := l.Get(key)
				switch {
				case v.IsUnknown():
					out = append(out, "?")
				case !v.IsNull():
					out = append(out, strings.ToLower(str(v)))
				}
			}
		}
	}
	return out
}

// diagnosticFix is the snippet of a diagnostic setting for a resource.
func diagnosticFix(r *resource.Resource, target, category string) string {
	return `resource "azurerm_monitor_diagnostic_setting" "` + r.Name + `" {
  name                       = "` + r.Name + `-diagnostics"
  target_resource_id         = ` + target + `
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  enabled_log {
    ` + category + `
  }
}
`
}

// fmtRef fills a target template with a reference.
func fmtRef(tmpl, ref string) string { return strings.ReplaceAll(tmpl, "%s", ref) }

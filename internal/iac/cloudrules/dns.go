package cloudrules

import (
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// record is one DNS record normalized across providers.
type record struct {
	r     *resource.Resource
	name  string // fully qualified when the zone is known, without the trailing dot
	typ   string // CNAME, A, AAAA, NS, ALIAS
	vals  []*resource.Value
	apex  bool // an NS record at the zone apex (the zone's own name servers)
	known bool // the name is known
}

// dnsRecords collects records from Route 53, Cloud DNS, Azure DNS and CloudFormation.
func dnsRecords(c *Context) []record {
	var out []record
	for _, r := range c.Set.OfType("aws_route53_record") {
		rec := record{r: r}
		rec.typ, _ = r.Get("type").AsString()
		name, ok := r.Get("name").AsString()
		zone := zoneName(c, r, r.Get("zone_id"), "name")
		rec.name, rec.known = qualify(name, zone), ok
		rec.apex = ok && zone != "" && rec.name == zone
		rec.vals = r.Get("records").Elements()
		if a := r.Get("alias", "name"); a != nil {
			rec.typ = "ALIAS"
			rec.vals = []*resource.Value{a}
		}
		out = append(out, rec)
	}
	for _, r := range c.Set.OfType("AWS::Route53::RecordSet") {
		rec := record{r: r}
		rec.typ, _ = r.Get("Type").AsString()
		name, ok := r.Get("Name").AsString()
		zone, _ := r.Get("HostedZoneName").AsString()
		rec.name, rec.known = strings.TrimSuffix(strings.ToLower(name), "."), ok
		rec.apex = ok && zone != "" && rec.name == strings.TrimSuffix(strings.ToLower(zone), ".")
		rec.vals = r.Get("ResourceRecords").Elements()
		if a := r.Get("AliasTarget", "DNSName"); a != nil {
			rec.typ = "ALIAS"
			rec.vals = []*resource.Value{a}
		}
		out = append(out, rec)
	}
	for _, r := range c.Set.OfType("google_dns_record_set") {
		rec := record{r: r}
		rec.typ, _ = r.Get("type").AsString()
		name, ok := r.Get("name").AsString()
		zone := zoneName(c, r, r.Get("managed_zone"), "dns_name")
		rec.name, rec.known = strings.TrimSuffix(strings.ToLower(name), "."), ok
		rec.apex = ok && zone != "" && rec.name == zone
		rec.vals = r.Get("rrdatas").Elements()
		out = append(out, rec)
	}
	for _, r := range c.Set.OfType("azurerm_dns_cname_record", "azurerm_dns_ns_record") {
		if hasAttr(r, "target_resource_id") {
			continue // an alias to a resource Azure tracks
		}
		rec := record{r: r, typ: "CNAME", vals: r.Get("record").Elements()}
		if r.Type == "azurerm_dns_ns_record" {
			rec.typ, rec.vals = "NS", r.Get("records").Elements()
		}
		name, ok := r.Get("name").AsString()
		rec.name, rec.known, rec.apex = strings.ToLower(name), ok, name == "@"
		out = append(out, rec)
	}
	return out
}

// zoneName is the name of the zone a record's zone attribute refers to ("" when unknown).
func zoneName(c *Context, r *resource.Resource, zoneRef *resource.Value, nameAttr string) string {
	for _, z := range c.Set.Targets(r, zoneRef) {
		if n, ok := z.Get(nameAttr).AsString(); ok {
			return strings.TrimSuffix(strings.ToLower(n), ".")
		}
	}
	return ""
}

func qualify(name, zone string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	if zone != "" && name != zone && !strings.HasSuffix(name, "."+zone) {
		return name + "." + zone
	}
	return name
}

// takeoverTarget is a provider hostname that someone else can claim once the resource behind it
// is gone, and how to find that resource among the managed ones.
type takeoverTarget struct {
	re   *regexp.Regexp
	what string
	// managed reports whether a resource of the set provides the host; label is the host's first
	// label, name the record's name, root the record's configuration. A resource whose name is
	// unknown may provide the host only within the record's own configuration.
	managed func(c *Context, root, host, label, name string) bool
}

var (
	s3WebsiteHost = regexp.MustCompile(`^(.+)\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$`)
	s3BucketHost  = regexp.MustCompile(`^(.+)\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$`)
)

var takeoverTargets = []takeoverTarget{
	{s3WebsiteHost, "an S3 website endpoint", s3BucketManaged},
	{s3BucketHost, "an S3 bucket endpoint", s3BucketManaged},
	{regexp.MustCompile(`\.cloudfront\.net$`), "a CloudFront distribution", cloudFrontManaged},
	{regexp.MustCompile(`^([a-z0-9-]+)\.([a-z0-9-]+\.)?elasticbeanstalk\.com$`), "an Elastic Beanstalk environment",
		attrManaged([]string{"aws_elastic_beanstalk_environment"}, "cname_prefix", "AWS::ElasticBeanstalk::Environment", "CNAMEPrefix")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.azurewebsites\.net$`), "an Azure App Service app",
		attrManaged([]string{"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"}, "name", "", "")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.cloudapp\.(net|azure\.com)$`), "an Azure cloud service or public IP DNS label",
		attrManaged([]string{"azurerm_public_ip"}, "domain_name_label", "", "")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.trafficmanager\.net$`), "an Azure Traffic Manager profile",
		func(c *Context, root, host, label, name string) bool {
			for _, r := range c.Set.OfType("azurerm_traffic_manager_profile") {
				if s, ok := r.Get("dns_config", "relative_name").AsString(); ok && strings.EqualFold(s, label) {
					return true
				}
			}
			return false
		}},
	{regexp.MustCompile(`^([a-z0-9-]+)\.blob\.core\.windows\.net$`), "an Azure storage account",
		attrManaged([]string{"azurerm_storage_account"}, "name", "", "")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.azureedge\.net$`), "an Azure CDN endpoint",
		attrManaged([]string{"azurerm_cdn_endpoint"}, "name", "", "")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.herokuapp\.com$|\.herokudns\.com$`), "a Heroku app",
		attrManaged([]string{"heroku_app"}, "name", "", "")},
	{regexp.MustCompile(`^([a-z0-9-]+)\.github\.io$`), "a GitHub Pages site", func(*Context, string, string, string, string) bool { return false }},
	{regexp.MustCompile(`^c\.storage\.googleapis\.com$`), "a Cloud Storage bucket", gcsBucketManaged},
}

func s3BucketManaged(c *Context, root, host, label, name string) bool {
	m := s3WebsiteHost.FindStringSubmatch(host)
	if m == nil {
		m = s3BucketHost.FindStringSubmatch(host)
	}
	if m == nil {
		return false
	}
	bucket := m[1]
	return attrManaged([]string{"aws_s3_bucket"}, "bucket", "AWS::S3::Bucket", "BucketName")(c, root, host, bucket, name)
}

func cloudFrontManaged(c *Context, root, host, label, name string) bool {
	for _, r := range c.Set.OfType("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
		aliases := r.Get("aliases")
		if r.Source == resource.CloudFormation {
			aliases = r.Get("DistributionConfig", "Aliases")
		}
		if aliases.IsUnknown() && r.Root == root {
			return true
		}
		ss, _ := aliases.Strings()
		for _, a := range ss {
			if strings.EqualFold(strings.TrimSuffix(a, "."), name) {
				return true
			}
		}
	}
	return false
}

func gcsBucketManaged(c *Context, root, host, label, name string) bool {
	return attrManaged([]string{"google_storage_bucket"}, "name", "", "")(c, root, host, name, name)
}

// attrManaged finds a resource whose attribute equals the label (or is unknown in the record's
// own configuration: then it may).
func attrManaged(types []string, attr, cfnType, cfnAttr string) func(c *Context, root, host, label, name string) bool {
	return func(c *Context, root, host, label, name string) bool {
		match := func(rs []*resource.Resource, a string) bool {
			for _, r := range rs {
				v := r.Get(a)
				if v.IsUnknown() && r.Root == root {
					return true
				}
				if s, ok := v.AsString(); ok && strings.EqualFold(s, label) {
					return true
				}
			}
			return false
		}
		if match(c.Set.OfType(types...), attr) {
			return true
		}
		return cfnType != "" && match(c.Set.OfType(cfnType), cfnAttr)
	}
}

// literalHost returns a record value's host when it is a known literal (not computed from a
// resource), lower-case and without the trailing dot.
func literalHost(v *resource.Value) (string, bool) {
	s, ok := v.AsString()
	if !ok || len(v.Refs) > 0 || v.Kind != resource.String {
		return "", false
	}
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), "."), true
}

package cloudrules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// exposure is one ingress permission from the whole internet: a security group rule, a NACL entry,
// a GCP firewall allow or an Azure NSG rule, normalized.
type exposure struct {
	r    *resource.Resource
	at   *resource.Value // the offending source range
	cidr string
	// from-to is the port range; all is set for every port (protocol all, or 0-65535).
	from, to int
	all      bool
}

// portClass names the ports each network rule looks for.
type portClass struct {
	name  string
	ports map[int]string
}

var adminPorts = portClass{"administrative", map[int]string{
	22: "SSH", 23: "Telnet", 3389: "RDP", 5985: "WinRM", 5986: "WinRM", 5900: "VNC",
	6443: "Kubernetes API", 10250: "kubelet", 2379: "etcd", 2380: "etcd", 2375: "Docker", 2376: "Docker",
}}

var databasePorts = portClass{"database", map[int]string{
	3306: "MySQL", 5432: "PostgreSQL", 1433: "SQL Server", 1521: "Oracle", 27017: "MongoDB", 6379: "Redis",
	9200: "Elasticsearch", 9300: "Elasticsearch", 5439: "Redshift", 11211: "Memcached", 9042: "Cassandra",
	5984: "CouchDB", 7474: "Neo4j", 8086: "InfluxDB",
}}

// openSources are the source ranges that mean "anyone".
var openSources = []string{"0.0.0.0/0", "::/0", "*", "internet", "any", "0.0.0.0"}

func isOpen(s string) bool {
	return slices.Contains(openSources, strings.ToLower(strings.TrimSpace(s)))
}

// hits lists the class's ports inside the exposure's range, in port order.
func (e exposure) hits(pc portClass) []string {
	if e.all {
		return nil
	}
	var ports []int
	for p := range pc.ports {
		if p >= e.from && p <= e.to {
			ports = append(ports, p)
		}
	}
	slices.Sort(ports)
	var out []string
	for _, p := range ports {
		out = append(out, fmt.Sprintf("%d (%s)", p, pc.ports[p]))
	}
	return out
}

func (e exposure) portText() string {
	if e.all {
		return "all ports"
	}
	if e.from == e.to {
		return "port " + strconv.Itoa(e.from)
	}
	return fmt.Sprintf("ports %d-%d", e.from, e.to)
}

// portRange reads a from/to pair; ok is false when either is unknown. A protocol of -1 or "all"
// means every port, as does the range 0-65535.
func portRange(r *resource.Resource, base *resource.Value, fromKey, toKey, protoKey string) (from, to int, all, ok bool) {
	if p := base.Get(protoKey); p != nil {
		s, known := p.AsString()
		if !known {
			return 0, 0, false, false
		}
		if s == "-1" || strings.EqualFold(s, "all") {
			return 0, 65535, true, true
		}
	}
	f, fok := base.Get(fromKey).AsNumber()
	t, tok := base.Get(toKey).AsNumber()
	if !fok || !tok {
		return 0, 0, false, false
	}
	from, to = int(f), int(t)
	if from <= 0 && to >= 65535 {
		return 0, 65535, true, true
	}
	return from, to, false, true
}

// exposures collects the internet ingress of one cloud ("aws", "aws-nacl", "gcp", "azure").
func (c *Context) exposures(cloud string) []exposure {
	if c.cache == nil {
		c.cache = map[string][]exposure{}
	}
	if es, ok := c.cache[cloud]; ok {
		return es
	}
	var out []exposure
	switch cloud {
	case "aws":
		out = awsSecurityGroupExposures(c)
	case "aws-nacl":
		out = awsNACLExposures(c)
	case "gcp":
		out = gcpFirewallExposures(c)
	case "azure":
		out = azureNSGExposures(c)
	}
	c.cache[cloud] = out
	return out
}

// openCIDRs returns the values among the given lists that are known open ranges.
func openCIDRs(vals ...*resource.Value) []*resource.Value {
	var out []*resource.Value
	for _, v := range vals {
		for _, it := range v.Elements() {
			if s, ok := it.AsString(); ok && isOpen(s) {
				out = append(out, it)
			}
		}
	}
	return out
}

func awsSecurityGroupExposures(c *Context) []exposure {
	var out []exposure
	add := func(r *resource.Resource, base *resource.Value, fromK, toK, protoK string, cidrs ...*resource.Value) {
		from, to, all, ok := portRange(r, base, fromK, toK, protoK)
		if !ok {
			return
		}
		for _, cv := range openCIDRs(cidrs...) {
			out = append(out, exposure{r: r, at: cv, cidr: cv.Str, from: from, to: to, all: all})
		}
	}
	for _, r := range c.Set.OfType("aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
		"AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress") {
		switch r.Type {
		case "aws_security_group":
			for _, in := range r.Get("ingress").Elements() {
				add(r, in, "from_port", "to_port", "protocol", in.Get("cidr_blocks"), in.Get("ipv6_cidr_blocks"))
			}
		case "aws_security_group_rule":
			if t, ok := r.Get("type").AsString(); ok && t == "ingress" {
				add(r, r.Attrs, "from_port", "to_port", "protocol", r.Get("cidr_blocks"), r.Get("ipv6_cidr_blocks"))
			}
		case "aws_vpc_security_group_ingress_rule":
			add(r, r.Attrs, "from_port", "to_port", "ip_protocol", r.Get("cidr_ipv4"), r.Get("cidr_ipv6"))
		case "AWS::EC2::SecurityGroup":
			for _, in := range r.Get("SecurityGroupIngress").Elements() {
				add(r, in, "FromPort", "ToPort", "IpProtocol", in.Get("CidrIp"), in.Get("CidrIpv6"))
			}
		case "AWS::EC2::SecurityGroupIngress":
			add(r, r.Attrs, "FromPort", "ToPort", "IpProtocol", r.Get("CidrIp"), r.Get("CidrIpv6"))
		}
	}
	return out
}

func awsNACLExposures(c *Context) []exposure {
	var out []exposure
	add := func(r *resource.Resource, base *resource.Value, action, fromK, toK, protoK string, cidrs ...*resource.Value) {
		if a, ok := base.Get(action).AsString(); !ok || !strings.EqualFold(a, "allow") {
			return
		}
		from, to, all, ok := portRange(r, base, fromK, toK, protoK)
		if !ok {
			return
		}
		for _, cv := range openCIDRs(cidrs...) {
			out = append(out, exposure{r: r, at: cv, cidr: cv.Str, from: from, to: to, all: all})
		}
	}
	for _, r := range c.Set.OfType("aws_network_acl", "aws_network_acl_rule", "AWS::EC2::NetworkAclEntry") {
		switch r.Type {
		case "aws_network_acl":
			for _, in := range r.Get("ingress").Elements() {
				add(r, in, "action", "from_port", "to_port", "protocol", in.Get("cidr_block"), in.Get("ipv6_cidr_block"))
			}
		case "aws_network_acl_rule":
			if isTrue(r.Get("egress")) || r.Get("egress").IsUnknown() {
				continue
			}
			add(r, r.Attrs, "rule_action", "from_port", "to_port", "protocol", r.Get("cidr_block"), r.Get("ipv6_cidr_block"))
		case "AWS::EC2::NetworkAclEntry":
			if isTrue(r.Get("Egress")) || r.Get("Egress").IsUnknown() {
				continue
			}
			pr := r.Get("PortRange")
			base := resource.NewObject(r.Range)
			base.Set("RuleAction", r.Get("RuleAction"))
			base.Set("Protocol", r.Get("Protocol"))
			base.Set("From", pr.Get("From"))
			base.Set("To", pr.Get("To"))
			if pr == nil {
				base.Set("From", resource.NewNumber(0, r.Range))
				base.Set("To", resource.NewNumber(65535, r.Range))
			}
			add(r, base, "RuleAction", "From", "To", "Protocol", r.Get("CidrBlock"), r.Get("Ipv6CidrBlock"))
		}
	}
	return out
}

func gcpFirewallExposures(c *Context) []exposure {
	var out []exposure
	for _, r := range c.Set.OfType("google_compute_firewall") {
		if d := r.Get("direction"); d.IsUnknown() || (d != nil && !oneOf("INGRESS")(d)) {
			continue
		}
		if v := r.Get("disabled"); isTrue(v) || v.IsUnknown() {
			continue
		}
		srcs := openCIDRs(r.Get("source_ranges"))
		if r.Get("source_ranges").IsNull() && r.Get("source_tags").IsNull() && r.Get("source_service_accounts").IsNull() {
			// No source at all: GCP applies 0.0.0.0/0.
			srcs = []*resource.Value{resource.NewString("0.0.0.0/0 (default: no source_ranges)", r.Range)}
		}
		if len(srcs) == 0 {
			continue
		}
		for _, allow := range r.Get("allow").Elements() {
			proto, ok := allow.Get("protocol").AsString()
			if !ok {
				continue
			}
			proto = strings.ToLower(proto)
			if proto != "all" && proto != "tcp" && proto != "udp" && proto != "sctp" && proto != "6" && proto != "17" {
				continue
			}
			ports := allow.Get("ports")
			if ports.IsUnknown() {
				continue
			}
			add := func(from, to int, all bool) {
				for _, s := range srcs {
					out = append(out, exposure{r: r, at: s, cidr: s.Str, from: from, to: to, all: all})
				}
			}
			if proto == "all" || ports.IsNull() || len(ports.Items) == 0 {
				add(0, 65535, true)
				continue
			}
			for _, pv := range ports.Items {
				if from, to, ok := parsePortText(pv); ok {
					add(from, to, from <= 0 && to >= 65535)
				}
			}
		}
	}
	return out
}

// parsePortText reads "22", "1000-2000" or "*".
func parsePortText(v *resource.Value) (from, to int, ok bool) {
	s, known := v.AsString()
	if !known {
		return 0, 0, false
	}
	s = strings.TrimSpace(s)
	if s == "*" {
		return 0, 65535, true
	}
	a, b, isRange := strings.Cut(s, "-")
	f, err1 := strconv.Atoi(strings.TrimSpace(a))
	t := f
	var err2 error
	if isRange {
		t, err2 = strconv.Atoi(strings.TrimSpace(b))
	}
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return f, t, true
}

func azureNSGExposures(c *Context) []exposure {
	var out []exposure
	add := func(r *resource.Resource, base *resource.Value) {
		if d, ok := base.Get("direction").AsString(); !ok || !strings.EqualFold(d, "Inbound") {
			return
		}
		if a, ok := base.Get("access").AsString(); !ok || !strings.EqualFold(a, "Allow") {
			return
		}
		if p, ok := base.Get("protocol").AsString(); !ok || strings.EqualFold(p, "Icmp") {
			return
		}
		srcs := openCIDRs(base.Get("source_address_prefix"), base.Get("source_address_prefixes"))
		if len(srcs) == 0 {
			return
		}
		var ports []*resource.Value
		ports = append(ports, base.Get("destination_port_range").Elements()...)
		ports = append(ports, base.Get("destination_port_ranges").Elements()...)
		for _, pv := range ports {
			from, to, ok := parsePortText(pv)
			if !ok {
				continue
			}
			for _, s := range srcs {
				out = append(out, exposure{r: r, at: s, cidr: s.Str, from: from, to: to, all: from <= 0 && to >= 65535})
			}
		}
	}
	for _, r := range c.Set.OfType("azurerm_network_security_rule", "azurerm_network_security_group") {
		if r.Type == "azurerm_network_security_rule" {
			add(r, r.Attrs)
			continue
		}
		for _, sr := range r.Get("security_rule").Elements() {
			add(r, sr)
		}
	}
	return out
}

// exposureCheck reports exposures of a cloud on ports of a class (or on all ports when pc is nil).
func exposureCheck(c *Context, cloud, what string, pc *portClass) {
	for _, e := range c.exposures(cloud) {
		switch {
		case pc == nil && e.all:
			c.Report(e.r, e.at, fmt.Sprintf("%s: %s allows all ports from %s", e.r.Label(), what, e.cidr))
		case pc != nil:
			if hits := e.hits(*pc); len(hits) > 0 {
				c.Report(e.r, e.at, fmt.Sprintf("%s: %s allows %s from %s, including %s port %s",
					e.r.Label(), what, e.portText(), e.cidr, pc.name, strings.Join(hits, ", ")))
			}
		}
	}
}

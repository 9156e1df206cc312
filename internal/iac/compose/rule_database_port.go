package compose

import (
	"strconv"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// databasePorts are the default ports of data stores that should never face the network.
var databasePorts = map[string]string{
	"5432": "PostgreSQL", "3306": "MySQL/MariaDB", "6379": "Redis", "27017": "MongoDB", "9200": "Elasticsearch",
	"9300": "Elasticsearch", "11211": "Memcached", "5984": "CouchDB", "8086": "InfluxDB", "9042": "Cassandra",
	"1433": "SQL Server", "1521": "Oracle", "5672": "RabbitMQ", "2181": "ZooKeeper", "9092": "Kafka", "7687": "Neo4j",
}

// published reads a port entry: the host address it binds (empty for all interfaces) and the
// container port.
func published(v Value) (hostIP, target string) {
	if v.IsMap() {
		return v.Get("host_ip").Str(), v.Get("target").Str()
	}
	s, _, _ := strings.Cut(v.Str(), "/")
	parts := strings.Split(s, ":")
	switch len(parts) {
	case 1:
		return "", "" // container port only: published on a random host port of all interfaces, and noisy to report
	case 2:
		return "", parts[1]
	default:
		return strings.Trim(strings.Join(parts[:len(parts)-2], ":"), "[]"), parts[len(parts)-1]
	}
}

func loopback(ip string) bool {
	return ip == "localhost" || ip == "::1" || strings.HasPrefix(ip, "127.")
}

var databasePortPublic = &check{
	rule: &rule.Rule{
		ID: "config/compose-database-port-public", Area: finding.Config, Severity: finding.High,
		Title:       "Database port published on all interfaces",
		Description: "The service publishes a database port without a host address, so Docker binds it to 0.0.0.0 and (through its own iptables rules, bypassing ufw) to every network the host is on.",
		Remediation: "Do not publish the port (services reach each other on the Compose network), or bind it to loopback: \"127.0.0.1:5432:5432\".",
		References:  []string{"https://docs.docker.com/reference/compose-file/services/#ports"},
	},
	service: func(s *Service, r *reporter) {
		for _, v := range s.Node.Get("ports").Items() {
			ip, target := published(v)
			if _, err := strconv.Atoi(target); err != nil {
				continue
			}
			db, ok := databasePorts[target]
			if !ok || loopback(ip) {
				continue
			}
			where := ip
			if where == "" {
				where = "all interfaces"
			}
			r.at(s, v.Line(), "port "+target, "service "+s.Name+" publishes "+db+" port "+target+" on "+where)
		}
	},
}

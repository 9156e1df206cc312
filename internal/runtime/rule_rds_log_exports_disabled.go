package runtime

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRDSLogExportsDisabled = newRule("rds-log-exports-disabled", finding.Medium,
	"RDS database exports no logs to CloudWatch Logs",
	"Database logs (audit, error, general, slow query; postgresql; alert and listener) stay on the instance, rotate "+
		"away within days and are lost with it. Without exports, failed logins, privilege changes and unusual "+
		"queries cannot be alerted on or investigated.",
	"Export the engine's logs: enabled_cloudwatch_logs_exports (EnableCloudwatchLogsExports in CloudFormation) "+
		"with the log types of the engine, e.g. [\"postgresql\"] or [\"audit\", \"error\", \"general\", \"slowquery\"].",
	"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html")

func checkRDSLogExportsDisabled() *check {
	return &check{rule: ruleRDSLogExportsDisabled, run: func(p *pass) {
		for _, db := range p.set.OfType("aws_db_instance", "aws_rds_cluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster") {
			engine := strings.ToLower(str(get(db, "engine", "Engine")))
			instance := db.Type == "aws_db_instance" || db.Type == "AWS::RDS::DBInstance"
			if instance && (!get(db, "cluster_identifier", "DBClusterIdentifier").IsNull() || strings.HasPrefix(engine, "aurora")) {
				continue // a cluster member: the cluster exports its logs
			}
			v := get(db, "enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")
			if v.IsUnknown() || !absentOrEmpty(v) {
				continue
			}
			types := quoteList(engineLogs(engine))
			p.report(db, v, db.Label()+": the database exports no logs to CloudWatch Logs",
				setting(db, "enabled_cloudwatch_logs_exports = "+types, "EnableCloudwatchLogsExports: "+types))
		}
	}}
}

// engineLogs are the log types worth exporting for an engine.
func engineLogs(engine string) []string {
	switch {
	case strings.Contains(engine, "postgres"):
		return []string{"postgresql"}
	case strings.Contains(engine, "mysql"), strings.Contains(engine, "mariadb"):
		return []string{"audit", "error", "general", "slowquery"}
	case strings.HasPrefix(engine, "oracle"):
		return []string{"alert", "audit", "listener", "trace"}
	case strings.HasPrefix(engine, "sqlserver"):
		return []string{"agent", "error"}
	case strings.HasPrefix(engine, "db2"):
		return []string{"diag.log", "notify.log"}
	}
	return []string{"audit", "error"}
}

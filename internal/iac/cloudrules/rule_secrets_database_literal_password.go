package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var ruleSecretsDatabaseLiteralPassword = newRule("secrets/database-literal-password", finding.High,
	"Database password is a literal in the configuration",
	"A database, cache or broker resource gets its master password or auth token as a literal value (written in place, or through a variable default or a committed tfvars file): it is in version control and in the state in plain text.",
	"Let the service manage the password (manage_master_user_password, ManageMasterUserPassword), or read it from a secret store (aws_secretsmanager_secret_version data source, {{resolve:secretsmanager:...}}), or generate it with random_password; rotate the committed value.")

func checkSecretsDatabaseLiteralPassword() *Check {
	type target struct{ types, path []string }
	targets := []target{
		{[]string{"aws_db_instance"}, []string{"password"}},
		{[]string{"aws_rds_cluster", "aws_redshift_cluster", "aws_docdb_cluster"}, []string{"master_password"}},
		{[]string{"aws_elasticache_replication_group"}, []string{"auth_token"}},
		{[]string{"aws_dms_endpoint"}, []string{"password"}},
		{[]string{"aws_mq_broker"}, []string{"user", "password"}},
		{[]string{"azurerm_mssql_server", "azurerm_sql_server", "azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"}, []string{"administrator_login_password"}},
		{[]string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"}, []string{"administrator_password"}},
		{[]string{"google_sql_user"}, []string{"password"}},
		{[]string{"AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::Redshift::Cluster", "AWS::DocDB::DBCluster"}, []string{"MasterUserPassword"}},
		{[]string{"AWS::ElastiCache::ReplicationGroup"}, []string{"AuthToken"}},
		{[]string{"AWS::DMS::Endpoint"}, []string{"Password"}},
	}
	return &Check{Rule: ruleSecretsDatabaseLiteralPassword, Run: func(c *Context) {
		for _, t := range targets {
			for _, r := range c.Set.OfType(t.types...) {
				for _, v := range r.All(t.path...) {
					s, ok := v.AsString()
					if !ok || v.Kind != resource.String || len(v.Refs) > 0 || !secretlike.Literal(s) {
						continue
					}
					c.ReportEvidence(r, v, fmt.Sprintf("%s: %s is a literal value committed with the configuration", r.Label(), t.path[len(t.path)-1]), finding.Redact(s))
				}
			}
		}
	}}
}

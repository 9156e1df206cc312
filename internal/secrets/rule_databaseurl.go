package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

// urlPassword matches SCHEME://user:password@host; the password is the secret.
func urlPassword(schemes string) string {
	return `(?:` + schemes + `)://[^:/@\s"'<>]*:(?P<secret>[^@/\s"'<>]+)@[A-Za-z0-9_.\-\[\]]+`
}

func dbURL(id, name, schemes string, keywords []string, sample string) *detect.Detector {
	return &detect.Detector{
		ID: id, Name: name, Keywords: keywords, Yield: true, Requires: "@", Window: detect.WindowAfter,
		Pattern: urlPassword(schemes), Valid: realPassword,
		TruePositives: s(sample + `://app:‹b62:20›@db.internal.acme.example:5432/app`),
		FalsePositives: s(sample+`://app:password@localhost/app`, sample+`://app:${DB_PASSWORD}@db/app`,
			sample+`://app@db/app`, sample+`://user:<password>@host/db`),
	}
}

func databaseURLFamily() Family {
	return Family{
		Rule: credentialRule("database-url", "database or message broker URL with a password",
			"Change the password of the database or broker user, then pass the URL (or just the password) through a secret store or the platform's secret environment variables.",
			"https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password"),
		Detectors: []*detect.Detector{
			dbURL("postgres-url", "PostgreSQL URL with password", `postgres(?:ql)?`, kw("postgres://", "postgresql://"), "postgres"),
			dbURL("mysql-url", "MySQL or MariaDB URL with password", `mysql|mariadb|mysql\+[a-z]+`, kw("mysql://", "mariadb://", "mysql+"), "mysql"),
			dbURL("mongodb-url", "MongoDB URL with password", `mongodb(?:\+srv)?`, kw("mongodb://", "mongodb+srv://"), "mongodb+srv"),
			dbURL("redis-url", "Redis URL with password", `rediss?`, kw("redis://", "rediss://"), "redis"),
			dbURL("amqp-url", "AMQP (RabbitMQ) URL with password", `amqps?`, kw("amqp://", "amqps://"), "amqp"),
			dbURL("mssql-url", "SQL Server URL with password", `sqlserver|mssql`, kw("sqlserver://", "mssql://"), "sqlserver"),
			{
				ID: "jdbc-password", Name: "JDBC URL with password", Yield: true,
				Keywords: kw("jdbc:"), Valid: realPassword,
				Pattern:        `jdbc:[a-z0-9]+:[^\s"'<>]*?[?;&](?i:password)=(?P<secret>[^&;\s"'<>]+)`,
				TruePositives:  s(`url=jdbc:postgresql://db.acme.example:5432/app?user=app&password=‹b62:18›`, `jdbc:sqlserver://db;user=app;password=‹b62:18›;`),
				FalsePositives: s(`url=jdbc:postgresql://db/app?user=app&password=${DB_PASSWORD}`),
			},
			{
				ID: "ado-net-connection-string", Name: "ADO.NET connection string with password", Yield: true,
				Keywords: kw("server=", "data source=", "host="), Valid: realPassword,
				Pattern:        `(?i:(?:server|data source|host)=[^;"'\n]{1,200};(?:[^;"'\n]{1,100};){0,6}?\s*(?:password|pwd)=)(?P<secret>[^;"'\s]+)`,
				TruePositives:  s(`"Default": "Server=db.acme.example;Database=app;User Id=app;Password=‹b62:18›;"`),
				FalsePositives: s(`"Default": "Server=db;Database=app;User Id=app;Password=${DB_PASSWORD};"`, `password=‹b62:18›`),
			},
		},
	}
}

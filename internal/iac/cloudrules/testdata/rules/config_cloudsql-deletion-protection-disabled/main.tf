resource "google_sql_database_instance" "bad" {
  name = "db"
  database_version = "MYSQL_8_0"
  deletion_protection = false # want: config/cloudsql-deletion-protection-disabled
}

resource "google_sql_database_instance" "good" { # ok: config/cloudsql-deletion-protection-disabled
  name = "db"
  database_version = "MYSQL_8_0"
  deletion_protection = true # ok: config/cloudsql-deletion-protection-disabled
}

resource "google_sql_database_instance" "missing" { # want: config/cloudsql-backups-disabled
  name = "db"
  database_version = "MYSQL_8_0"
}

resource "google_sql_database_instance" "bad" {
  name = "db"
  database_version = "MYSQL_8_0"
  settings {
    backup_configuration {
      enabled = false # want: config/cloudsql-backups-disabled
    }
  }
}

resource "google_sql_database_instance" "good" { # ok: config/cloudsql-backups-disabled
  name = "db"
  database_version = "MYSQL_8_0"
  settings {
    backup_configuration {
      enabled = true # ok: config/cloudsql-backups-disabled
    }
  }
}

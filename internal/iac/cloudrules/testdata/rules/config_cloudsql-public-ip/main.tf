resource "google_sql_database_instance" "missing" { # want: config/cloudsql-public-ip
  name = "db"
  database_version = "POSTGRES_15"
}

resource "google_sql_database_instance" "bad" {
  name = "db"
  database_version = "POSTGRES_15"
  settings {
    ip_configuration {
      ipv4_enabled = true # want: config/cloudsql-public-ip
    }
  }
}

resource "google_sql_database_instance" "good" { # ok: config/cloudsql-public-ip
  name = "db"
  database_version = "POSTGRES_15"
  settings {
    ip_configuration {
      ipv4_enabled = false # ok: config/cloudsql-public-ip
    }
  }
}

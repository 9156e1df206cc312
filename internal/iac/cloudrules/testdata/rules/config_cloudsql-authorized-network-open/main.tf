resource "google_sql_database_instance" "bad" {
  name = "db"
  database_version = "POSTGRES_15"
  settings {
    ip_configuration {
      authorized_networks {
        value = "0.0.0.0/0" # want: config/cloudsql-authorized-network-open
      }
    }
  }
}

resource "google_sql_database_instance" "good" { # ok: config/cloudsql-authorized-network-open
  name = "db"
  database_version = "POSTGRES_15"
  settings {
    ip_configuration {
      authorized_networks {
        value = "203.0.113.0/24" # ok: config/cloudsql-authorized-network-open
      }
    }
  }
}

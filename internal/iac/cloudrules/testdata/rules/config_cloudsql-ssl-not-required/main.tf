resource "google_sql_database_instance" "default" { # want: config/cloudsql-ssl-not-required
  name             = "db"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "allow" {
  name             = "db2"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # want: config/cloudsql-ssl-not-required
    }
  }
}

resource "google_sql_database_instance" "strict" { # ok: config/cloudsql-ssl-not-required
  name             = "db3"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY" # ok: config/cloudsql-ssl-not-required
    }
  }
}

provider "google" { # ok: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
}

resource "google_folder" "prod" {
  display_name = "prod"
  parent       = "organizations/123456789"
}

resource "google_folder_iam_audit_config" "all" { # ok: runtime/gcp-data-access-audit-logs-missing
  folder  = google_folder.prod.name
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

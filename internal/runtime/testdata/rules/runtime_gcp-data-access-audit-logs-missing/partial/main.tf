provider "google" { # ok: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
}

resource "google_project_iam_audit_config" "all" { # want: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["user:ci@acme.example"]
  }
}

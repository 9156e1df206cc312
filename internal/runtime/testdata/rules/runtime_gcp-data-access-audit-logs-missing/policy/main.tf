provider "google" { # ok: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
}

resource "google_project" "prod" {
  name       = "acme-prod"
  project_id = "acme-prod"
  org_id     = "123456789"
}

data "google_iam_policy" "prod" {
  audit_config {
    service = "allServices"
    audit_log_configs {
      log_type = "DATA_READ"
    }
    audit_log_configs {
      log_type = "DATA_WRITE"
    }
  }
}

resource "google_project_iam_policy" "prod" {
  project     = google_project.prod.project_id
  policy_data = data.google_iam_policy.prod.policy_data
}

provider "google" { # want: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
}

resource "google_project" "prod" {
  name       = "acme-prod"
  project_id = "acme-prod"
  org_id     = "123456789"
}

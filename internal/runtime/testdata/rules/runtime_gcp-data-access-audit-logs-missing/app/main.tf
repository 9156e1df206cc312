# Workloads only: the project's baseline lives elsewhere.
provider "google" { # ok: runtime/gcp-data-access-audit-logs-missing
  project = "acme-prod"
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

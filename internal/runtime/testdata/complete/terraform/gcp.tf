provider "google" {
  project = "acme-prod"
}

resource "google_project" "prod" {
  name       = "acme-prod"
  project_id = "acme-prod"
  org_id     = "123456789"
}

resource "google_project_iam_audit_config" "all_services" {
  project = google_project.prod.project_id
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

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "apps" {
  name          = "apps"
  ip_cidr_range = "10.10.0.0/20"
  network       = google_compute_network.main.id
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1.0
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  network            = google_compute_network.main.id
  subnetwork         = google_compute_subnetwork.apps.id
  logging_service    = "logging.googleapis.com/kubernetes"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
  }
}

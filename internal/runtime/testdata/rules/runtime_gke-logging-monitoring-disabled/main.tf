resource "google_container_cluster" "defaults" { # ok: runtime/gke-logging-monitoring-disabled
  name     = "defaults"
  location = "europe-west1"
}

resource "google_container_cluster" "dark" {
  name               = "dark"
  location           = "europe-west1"
  logging_service    = "none" # want: runtime/gke-logging-monitoring-disabled
  monitoring_service = "none"
}

resource "google_container_cluster" "no_components" {
  name     = "no-components"
  location = "europe-west1"
  logging_config {
    enable_components = [] # want: runtime/gke-logging-monitoring-disabled
  }
}

resource "google_container_cluster" "components" { # ok: runtime/gke-logging-monitoring-disabled
  name     = "components"
  location = "europe-west1"
  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
  }
  monitoring_config {
    enable_components = ["SYSTEM_COMPONENTS"]
  }
}

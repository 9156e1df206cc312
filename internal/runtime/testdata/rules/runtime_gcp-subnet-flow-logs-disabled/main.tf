resource "google_compute_network" "custom" { # ok: runtime/gcp-subnet-flow-logs-disabled
  name                    = "custom"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "unlogged" { # want: runtime/gcp-subnet-flow-logs-disabled
  name          = "unlogged"
  ip_cidr_range = "10.0.0.0/24"
  network       = google_compute_network.custom.id
}

resource "google_compute_subnetwork" "logged" { # ok: runtime/gcp-subnet-flow-logs-disabled
  name          = "logged"
  ip_cidr_range = "10.0.1.0/24"
  network       = google_compute_network.custom.id
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
  }
}

resource "google_compute_subnetwork" "proxy_only" { # ok: runtime/gcp-subnet-flow-logs-disabled
  name          = "proxy-only"
  ip_cidr_range = "10.0.2.0/24"
  network       = google_compute_network.custom.id
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

resource "google_compute_network" "auto" { # want: runtime/gcp-subnet-flow-logs-disabled
  name = "auto"
}

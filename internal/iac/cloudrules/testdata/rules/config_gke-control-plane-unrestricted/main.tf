resource "google_container_cluster" "open" { # want: config/gke-control-plane-unrestricted
  name     = "open"
  location = "europe-west1"
}

resource "google_container_cluster" "wide" {
  name     = "wide"
  location = "europe-west1"
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = "0.0.0.0/0" # want: config/gke-control-plane-unrestricted
    }
  }
}

resource "google_container_cluster" "office" { # ok: config/gke-control-plane-unrestricted
  name     = "office"
  location = "europe-west1"
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = "203.0.113.0/24" # ok: config/gke-control-plane-unrestricted
    }
  }
}

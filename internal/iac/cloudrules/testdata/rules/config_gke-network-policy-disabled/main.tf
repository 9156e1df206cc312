resource "google_container_cluster" "missing" { # want: config/gke-network-policy-disabled
  name = "k"
  location = "europe-west1"
}

resource "google_container_cluster" "bad" {
  name = "k"
  location = "europe-west1"
  network_policy {
    enabled = false # want: config/gke-network-policy-disabled
  }
}

resource "google_container_cluster" "good" { # ok: config/gke-network-policy-disabled
  name = "k"
  location = "europe-west1"
  network_policy {
    enabled = true # ok: config/gke-network-policy-disabled
  }
}

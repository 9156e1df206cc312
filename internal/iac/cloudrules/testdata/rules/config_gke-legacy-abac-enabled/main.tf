resource "google_container_cluster" "bad" {
  name = "k"
  location = "europe-west1"
  enable_legacy_abac = true # want: config/gke-legacy-abac-enabled
}

resource "google_container_cluster" "good" { # ok: config/gke-legacy-abac-enabled
  name = "k"
  location = "europe-west1"
  enable_legacy_abac = false # ok: config/gke-legacy-abac-enabled
}

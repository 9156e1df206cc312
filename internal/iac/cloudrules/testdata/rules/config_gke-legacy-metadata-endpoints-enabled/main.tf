resource "google_container_cluster" "bad" {
  name = "k"
  node_config {
    metadata {
      disable-legacy-endpoints = "false" # want: config/gke-legacy-metadata-endpoints-enabled
    }
  }
}

resource "google_container_cluster" "good" { # ok: config/gke-legacy-metadata-endpoints-enabled
  name = "k"
  node_config {
    metadata {
      disable-legacy-endpoints = "true" # ok: config/gke-legacy-metadata-endpoints-enabled
    }
  }
}

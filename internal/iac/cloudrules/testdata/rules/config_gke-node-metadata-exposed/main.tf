resource "google_container_cluster" "bad" {
  name = "k"
  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA" # want: config/gke-node-metadata-exposed
    }
  }
}

resource "google_container_cluster" "good" { # ok: config/gke-node-metadata-exposed
  name = "k"
  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA" # ok: config/gke-node-metadata-exposed
    }
  }
}

resource "google_container_cluster" "bad1" {
  name = "k2"
  node_config {
    workload_metadata_config {
      node_metadata = "EXPOSE" # want: config/gke-node-metadata-exposed
    }
  }
}

resource "google_container_cluster" "good1" { # ok: config/gke-node-metadata-exposed
  name = "k2"
  node_config {
    workload_metadata_config {
      node_metadata = "GKE_METADATA_SERVER" # ok: config/gke-node-metadata-exposed
    }
  }
}

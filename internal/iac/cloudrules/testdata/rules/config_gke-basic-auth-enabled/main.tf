resource "google_container_cluster" "bad" {
  name = "k"
  location = "europe-west1"
  master_auth {
    username = "admin" # want: config/gke-basic-auth-enabled
  }
}

resource "google_container_cluster" "good" { # ok: config/gke-basic-auth-enabled
  name = "k"
  location = "europe-west1"
  master_auth {
    username = "" # ok: config/gke-basic-auth-enabled
  }
}

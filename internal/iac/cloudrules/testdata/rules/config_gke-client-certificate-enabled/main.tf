resource "google_container_cluster" "bad" {
  name = "k"
  location = "europe-west1"
  master_auth {
    client_certificate_config {
      issue_client_certificate = true # want: config/gke-client-certificate-enabled
    }
  }
}

resource "google_container_cluster" "good" { # ok: config/gke-client-certificate-enabled
  name = "k"
  location = "europe-west1"
  master_auth {
    client_certificate_config {
      issue_client_certificate = false # ok: config/gke-client-certificate-enabled
    }
  }
}

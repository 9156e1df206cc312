resource "google_container_cluster" "main" { # ok: runtime/k8s-runtime-detection-missing
  name     = "main"
  location = "europe-west1"
}

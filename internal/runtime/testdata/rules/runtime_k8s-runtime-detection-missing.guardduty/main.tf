# GuardDuty runtime monitoring covers EKS, not GKE.
resource "google_container_cluster" "main" { # want: runtime/k8s-runtime-detection-missing
  name     = "main"
  location = "europe-west1"
}

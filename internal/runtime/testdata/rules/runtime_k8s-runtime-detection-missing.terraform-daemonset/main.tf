resource "aws_eks_cluster" "main" { # ok: runtime/k8s-runtime-detection-missing
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "kubernetes_daemon_set_v1" "tetragon" {
  metadata {
    name      = "tetragon"
    namespace = "kube-system"
  }
  spec {
    selector {
      match_labels = { app = "tetragon" }
    }
    template {
      metadata {
        labels = { app = "tetragon" }
      }
      spec {
        container {
          name  = "tetragon"
          image = "quay.io/cilium/tetragon:v1.4.0"
        }
      }
    }
  }
}

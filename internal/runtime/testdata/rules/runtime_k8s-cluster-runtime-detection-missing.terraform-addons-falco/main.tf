resource "helm_release" "cert_manager" { # ok: runtime/k8s-cluster-runtime-detection-missing
  name       = "cert-manager"
  repository = "https://charts.jetstack.io"
  chart      = "cert-manager"
}

resource "helm_release" "tetragon" {
  name       = "tetragon"
  repository = "https://helm.cilium.io"
  chart      = "tetragon"
  namespace  = "kube-system"
}

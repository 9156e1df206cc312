resource "helm_release" "cert_manager" { # want: runtime/k8s-cluster-runtime-detection-missing
  name       = "cert-manager"
  repository = "https://charts.jetstack.io"
  chart      = "cert-manager"
  namespace  = "cert-manager"
}

resource "helm_release" "app" {
  name  = "shop"
  chart = "./charts/shop"
}

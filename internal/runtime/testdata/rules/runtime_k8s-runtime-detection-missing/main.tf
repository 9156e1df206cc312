resource "aws_eks_cluster" "main" { # want: runtime/k8s-runtime-detection-missing
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "google_container_cluster" "main" { # want: runtime/k8s-runtime-detection-missing
  name     = "main"
  location = "europe-west1"
}

# Defender for Containers runs its sensor on this cluster.
resource "azurerm_kubernetes_cluster" "defended" { # ok: runtime/k8s-runtime-detection-missing
  name                = "defended"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "defended"
  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
  microsoft_defender {
    log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  }
}

# Another chart is no sensor.
resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
}

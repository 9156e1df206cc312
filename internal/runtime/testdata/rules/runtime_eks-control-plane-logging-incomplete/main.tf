resource "aws_eks_cluster" "silent" { # want: runtime/eks-control-plane-logging-incomplete
  name     = "silent"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "partial" {
  name                      = "partial"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "audit"] # want: runtime/eks-control-plane-logging-incomplete
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "complete" {
  name                      = "complete"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"] # ok: runtime/eks-control-plane-logging-incomplete
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

variable "log_types" {
  type = list(string)
}

resource "aws_eks_cluster" "variable" { # ok: runtime/eks-control-plane-logging-incomplete
  name                      = "variable"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = var.log_types
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

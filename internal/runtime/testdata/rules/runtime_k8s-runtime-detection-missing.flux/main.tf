resource "aws_eks_cluster" "main" { # ok: runtime/k8s-runtime-detection-missing
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

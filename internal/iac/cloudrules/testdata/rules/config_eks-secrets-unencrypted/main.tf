resource "aws_eks_cluster" "missing" { # want: config/eks-secrets-unencrypted
  name = "k"
  role_arn = "arn:aws:iam::123456789012:role/eks"
}

resource "aws_eks_cluster" "good" { # ok: config/eks-secrets-unencrypted
  name = "k"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  encryption_config {
    resources = ["secrets"] # ok: config/eks-secrets-unencrypted
  }
}

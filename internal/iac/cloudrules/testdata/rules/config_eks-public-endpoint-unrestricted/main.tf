resource "aws_eks_cluster" "open" {
  name     = "open"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { # want: config/eks-public-endpoint-unrestricted
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "wide" {
  name     = "wide"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-1"]
    public_access_cidrs = ["0.0.0.0/0"] # want: config/eks-public-endpoint-unrestricted
  }
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = false # ok: config/eks-public-endpoint-unrestricted
  }
}

resource "aws_eks_cluster" "limited" {
  name     = "limited"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-1"]
    public_access_cidrs = ["203.0.113.0/24"] # ok: config/eks-public-endpoint-unrestricted
  }
}

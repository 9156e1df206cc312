resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_guardduty_detector" "bare" { # want: runtime/guardduty-eks-protection-disabled
  enable = true
}

resource "aws_guardduty_detector" "legacy" { # ok: runtime/guardduty-eks-protection-disabled
  datasources {
    kubernetes {
      audit_logs {
        enable = true
      }
    }
  }
}

resource "aws_guardduty_detector" "feature" { # ok: runtime/guardduty-eks-protection-disabled
}

resource "aws_guardduty_detector_feature" "eks" {
  detector_id = aws_guardduty_detector.feature.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

# A review without any EKS cluster: the detector needs no EKS protection.
resource "aws_guardduty_detector" "main" { # ok: runtime/guardduty-eks-protection-disabled
  enable = true
}

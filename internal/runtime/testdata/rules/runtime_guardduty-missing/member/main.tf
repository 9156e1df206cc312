provider "aws" { # ok: runtime/guardduty-missing
  region = "eu-west-1"
}

resource "aws_iam_account_alias" "alias" {
  account_alias = "member"
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

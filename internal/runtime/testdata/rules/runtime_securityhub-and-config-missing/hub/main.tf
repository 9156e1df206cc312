provider "aws" { # ok: runtime/securityhub-and-config-missing
  region = "eu-west-1"
}

resource "aws_securityhub_account" "main" {}

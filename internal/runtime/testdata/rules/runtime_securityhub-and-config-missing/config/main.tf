provider "aws" { # ok: runtime/securityhub-and-config-missing
  region = "eu-west-1"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

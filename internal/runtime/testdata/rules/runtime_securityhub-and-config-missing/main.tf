provider "aws" { # want: runtime/securityhub-and-config-missing
  region = "eu-west-1"
}

resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "account"
}

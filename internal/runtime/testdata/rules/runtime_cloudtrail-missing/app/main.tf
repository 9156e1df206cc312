# An application stack: it defines workloads, not the account. Its baseline lives elsewhere.
provider "aws" { # ok: runtime/cloudtrail-missing
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

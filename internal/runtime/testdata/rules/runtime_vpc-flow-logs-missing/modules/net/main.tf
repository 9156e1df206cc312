resource "aws_vpc" "this" { # want: runtime/vpc-flow-logs-missing
  cidr_block = "10.9.0.0/16"
}

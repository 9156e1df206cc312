# The flow log names its VPC through a variable: it may well be this one.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" { # ok: runtime/vpc-flow-logs-missing
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id       = var.vpc_id
  traffic_type = "ALL"
}

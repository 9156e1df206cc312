resource "aws_default_security_group" "default" {
  vpc_id = "vpc-1"
  ingress { # want: config/default-security-group-has-rules
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_default_security_group" "locked" { # ok: config/default-security-group-has-rules
  vpc_id = "vpc-2"
}

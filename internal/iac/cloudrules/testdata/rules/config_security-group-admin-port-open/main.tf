resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want: config/security-group-admin-port-open
  }
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"] # ok: config/security-group-admin-port-open
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # ok: config/security-group-admin-port-open
  }
}

variable "admin_cidrs" {}

resource "aws_security_group_rule" "k8s" {
  type              = "ingress"
  from_port         = 6000
  to_port           = 7000
  protocol          = "tcp"
  cidr_blocks       = ["::/0"] # want: config/security-group-admin-port-open
  security_group_id = aws_security_group.bastion.id
}

resource "aws_security_group_rule" "unknown" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs # ok: config/security-group-admin-port-open
  security_group_id = aws_security_group.bastion.id
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv4         = "0.0.0.0/0" # want: config/security-group-admin-port-open
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}

resource "aws_subnet" "public" {
  vpc_id                  = "vpc-1"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true # want: config/subnet-public-ip-on-launch
}

resource "aws_subnet" "private" { # ok: config/subnet-public-ip-on-launch
  vpc_id     = "vpc-1"
  cidr_block = "10.0.2.0/24"
}

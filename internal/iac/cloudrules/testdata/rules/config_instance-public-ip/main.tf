resource "aws_instance" "web" {
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # want: config/instance-public-ip
}

resource "aws_instance" "private" {
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = false # ok: config/instance-public-ip
}

resource "aws_launch_template" "lt" {
  network_interfaces {
    associate_public_ip_address = "true" # want: config/instance-public-ip
  }
}

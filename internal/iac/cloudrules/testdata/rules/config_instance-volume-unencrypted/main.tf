resource "aws_instance" "default_root" { # want: config/instance-volume-unencrypted
  ami           = "ami-1"
  instance_type = "t3.micro"
}

resource "aws_instance" "plain" {
  ami           = "ami-1"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true # ok: config/instance-volume-unencrypted
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = false # want: config/instance-volume-unencrypted
  }
}

resource "aws_launch_template" "lt" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "false" # want: config/instance-volume-unencrypted
    }
  }
}

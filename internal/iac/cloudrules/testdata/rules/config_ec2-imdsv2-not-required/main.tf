resource "aws_instance" "missing" { # want: config/ec2-imdsv2-not-required
  ami = "ami-1"
  instance_type = "t3.micro"
}

resource "aws_instance" "bad" {
  ami = "ami-1"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional" # want: config/ec2-imdsv2-not-required
  }
}

resource "aws_instance" "good" { # ok: config/ec2-imdsv2-not-required
  ami = "ami-1"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required" # ok: config/ec2-imdsv2-not-required
  }
}

resource "aws_launch_template" "missing" { # want: config/ec2-imdsv2-not-required
  name = "lt"
}

resource "aws_launch_template" "bad" {
  name = "lt"
  metadata_options {
    http_tokens = "optional" # want: config/ec2-imdsv2-not-required
  }
}

resource "aws_launch_template" "good" { # ok: config/ec2-imdsv2-not-required
  name = "lt"
  metadata_options {
    http_tokens = "required" # ok: config/ec2-imdsv2-not-required
  }
}

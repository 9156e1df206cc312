resource "aws_lb" "default" { # want: runtime/lb-access-logs-disabled
  name    = "default"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-1", "subnet-2"]
  access_logs { # want: runtime/lb-access-logs-disabled
    bucket = "lb-logs"
  }
}

resource "aws_alb" "logged" { # ok: runtime/lb-access-logs-disabled
  name    = "logged"
  subnets = ["subnet-1", "subnet-2"]
  access_logs {
    bucket  = "lb-logs"
    enabled = true
  }
}

resource "aws_lb" "network" { # ok: runtime/lb-access-logs-disabled
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_elb" "classic" { # want: runtime/lb-access-logs-disabled
  name               = "classic"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_elb" "classic_logged" { # ok: runtime/lb-access-logs-disabled
  name               = "classic-logged"
  availability_zones = ["eu-west-1a"]
  access_logs {
    bucket = "lb-logs"
  }
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

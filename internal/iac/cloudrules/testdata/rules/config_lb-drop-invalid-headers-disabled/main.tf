resource "aws_lb" "missing" { # want: config/lb-drop-invalid-headers-disabled
  name = "web"
  load_balancer_type = "application"
}

resource "aws_lb" "bad" {
  name = "web"
  load_balancer_type = "application"
  drop_invalid_header_fields = false # want: config/lb-drop-invalid-headers-disabled
}

resource "aws_lb" "good" { # ok: config/lb-drop-invalid-headers-disabled
  name = "web"
  load_balancer_type = "application"
  drop_invalid_header_fields = true # ok: config/lb-drop-invalid-headers-disabled
}

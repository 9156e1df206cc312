resource "aws_ecr_repository" "missing" { # want: config/ecr-scan-on-push-disabled
  name = "app"
}

resource "aws_ecr_repository" "bad" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = false # want: config/ecr-scan-on-push-disabled
  }
}

resource "aws_ecr_repository" "good" { # ok: config/ecr-scan-on-push-disabled
  name = "app"
  image_scanning_configuration {
    scan_on_push = true # ok: config/ecr-scan-on-push-disabled
  }
}

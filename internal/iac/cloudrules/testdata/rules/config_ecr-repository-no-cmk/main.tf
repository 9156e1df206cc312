resource "aws_ecr_repository" "missing" { # want: config/ecr-repository-no-cmk
  name = "app"
}

resource "aws_ecr_repository" "bad" {
  name = "app"
  encryption_configuration {
    encryption_type = "AES256" # want: config/ecr-repository-no-cmk
  }
}

resource "aws_ecr_repository" "good" { # ok: config/ecr-repository-no-cmk
  name = "app"
  encryption_configuration {
    encryption_type = "KMS" # ok: config/ecr-repository-no-cmk
  }
}

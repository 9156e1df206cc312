resource "aws_athena_workgroup" "missing" { # want: config/athena-workgroup-unencrypted
  name = "analytics"
}

resource "aws_athena_workgroup" "bad" {
  name = "analytics"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = "" # want: config/athena-workgroup-unencrypted
      }
    }
  }
}

resource "aws_athena_workgroup" "good" { # ok: config/athena-workgroup-unencrypted
  name = "analytics"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = "SSE_KMS" # ok: config/athena-workgroup-unencrypted
      }
    }
  }
}

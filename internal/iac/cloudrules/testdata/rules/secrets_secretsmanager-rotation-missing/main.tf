resource "aws_secretsmanager_secret" "static" { # want: secrets/secretsmanager-rotation-missing
  name = "static"
}

resource "aws_secretsmanager_secret" "rotated" { # ok: secrets/secretsmanager-rotation-missing
  name = "rotated"
}

resource "aws_secretsmanager_secret_rotation" "rotated" {
  secret_id           = aws_secretsmanager_secret.rotated.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

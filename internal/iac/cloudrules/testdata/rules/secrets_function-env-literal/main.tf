variable "stripe_key" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::111122223333:role/payments"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "payments.zip"
  environment {
    variables = {
      LOG_LEVEL        = "info"             # ok: secrets/function-env-literal
      DB_PASSWORD      = "Pay-Db-2026-xyz"  # want: secrets/function-env-literal
      STRIPE_API_KEY   = var.stripe_key     # ok: secrets/function-env-literal
      WEBHOOK_TOKEN    = "changeme"         # ok: secrets/function-env-literal
      SECRET_ARN       = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:pay" # ok: secrets/function-env-literal
    }
  }
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  # The definitions are one JSON string: findings point at the attribute.
  container_definitions = jsonencode([{ # want: secrets/function-env-literal
    name  = "api"
    image = "registry.example.com/api@sha256:0b7d1f0e6a3c5f1e2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2f4e6a8c0e2f4a6b8d"
    environment = [
      { name = "API_TOKEN", value = "tok-41f9c2e7b3d8" },
      { name = "REGION", value = "eu-west-1" },           # ok: secrets/function-env-literal
    ]
    secrets = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:ssm:eu-west-1:111122223333:parameter/db" }]
  }])
}

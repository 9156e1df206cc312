resource "aws_api_gateway_stage" "prod" { # want: runtime/api-gateway-access-logs-disabled
  stage_name    = "prod"
  rest_api_id   = "abc123"
  deployment_id = "dep1"
}

resource "aws_api_gateway_stage" "logged" { # ok: runtime/api-gateway-access-logs-disabled
  stage_name    = "logged"
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:api"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

resource "aws_apigatewayv2_stage" "http" { # want: runtime/api-gateway-access-logs-disabled
  api_id      = "def456"
  name        = "$default"
  auto_deploy = true
}

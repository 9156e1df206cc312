resource "aws_api_gateway_stage" "missing" { # want: config/api-gateway-stage-no-access-logs
  stage_name = "prod"
  rest_api_id = "a1"
  deployment_id = "d1"
}

resource "aws_api_gateway_stage" "bad" {
  stage_name = "prod"
  rest_api_id = "a1"
  deployment_id = "d1"
  access_log_settings {
    destination_arn = "" # want: config/api-gateway-stage-no-access-logs
  }
}

resource "aws_api_gateway_stage" "good" { # ok: config/api-gateway-stage-no-access-logs
  stage_name = "prod"
  rest_api_id = "a1"
  deployment_id = "d1"
  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:api" # ok: config/api-gateway-stage-no-access-logs
  }
}

resource "aws_api_gateway_method" "bad" {
  rest_api_id = "a1"
  resource_id = "r1"
  http_method = "POST"
  authorization = "NONE" # want: config/api-gateway-method-no-auth
}

resource "aws_api_gateway_method" "good" { # ok: config/api-gateway-method-no-auth
  rest_api_id = "a1"
  resource_id = "r1"
  http_method = "POST"
  authorization = "AWS_IAM" # ok: config/api-gateway-method-no-auth
}

resource "aws_apigatewayv2_route" "missing" { # want: config/api-gateway-method-no-auth
  api_id = "a1"
  route_key = "POST /orders"
}

resource "aws_apigatewayv2_route" "bad" {
  api_id = "a1"
  route_key = "POST /orders"
  authorization_type = "NONE" # want: config/api-gateway-method-no-auth
}

resource "aws_apigatewayv2_route" "good" { # ok: config/api-gateway-method-no-auth
  api_id = "a1"
  route_key = "POST /orders"
  authorization_type = "JWT" # ok: config/api-gateway-method-no-auth
}

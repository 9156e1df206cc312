resource "aws_lambda_function_url" "bad" {
  function_name = "api"
  authorization_type = "NONE" # want: config/lambda-function-url-public
}

resource "aws_lambda_function_url" "good" { # ok: config/lambda-function-url-public
  function_name = "api"
  authorization_type = "AWS_IAM" # ok: config/lambda-function-url-public
}

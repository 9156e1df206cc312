# Resource policies and Lambda permissions.

resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # want: access/resource-policy-public
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
    }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" } # ok: access/resource-policy-public
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorg1" } }
    }]
  })
}

resource "aws_kms_key" "data" {
  description = "data"
  policy      = data.aws_iam_policy_document.key.json
}

data "aws_iam_policy_document" "key" {
  statement {
    sid     = "Everyone"
    actions = ["kms:Decrypt", "kms:Encrypt"]
    principals {
      type        = "*"
      identifiers = ["*"] # want: access/resource-policy-public
    }
    resources = ["*"]
  }
}

resource "aws_lambda_permission" "any" {
  function_name = "example-fn"
  action        = "lambda:InvokeFunction"
  principal     = "*" # want: access/resource-policy-public
}

resource "aws_lambda_permission" "bucket" { # ok: access/resource-policy-public
  function_name = "example-fn"
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.site.arn
}

resource "aws_lambda_permission" "everyone_from_account" { # ok: access/resource-policy-public
  function_name  = "example-fn"
  action         = "lambda:InvokeFunction"
  principal      = "*"
  source_account = "123456789012"
}

# A function URL's permission: config/lambda-function-url-public judges the URL itself.
resource "aws_lambda_permission" "url" {
  function_name          = "example-fn"
  action                 = "lambda:InvokeFunctionUrl"
  principal              = "*" # ok: access/resource-policy-public
  function_url_auth_type = "NONE"
}

# A heredoc whose interpolation is known only after apply: the rest of the policy is still read.
resource "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy    = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*", "Sid": "AnyoneMaySend # want: access/resource-policy-public",
      "Action": "sqs:SendMessage",
      "Resource": "${aws_sqs_queue.events.arn}"
    }
  ]
}
EOF
}

resource "aws_ecr_repository_policy" "images" {
  repository = "images"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = { AWS = "*" } # want: access/resource-policy-public
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/app" } # ok: access/resource-policy-public
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

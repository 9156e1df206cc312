# Workloads, each with the logs an investigation needs.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_s3_bucket" "flow_logs" {
  bucket = "acme-vpc-flow-logs"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}

resource "aws_s3_bucket" "lb_logs" {
  bucket = "acme-lb-logs"
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "web"
    enabled = true
  }
}

resource "aws_cloudfront_distribution" "web" {
  enabled = true
  origin {
    domain_name = aws_lb.web.dns_name
    origin_id   = "web"
  }
  logging_config {
    bucket = aws_s3_bucket.access_logs.bucket_domain_name
    prefix = "cdn/"
  }
}

resource "aws_cloudwatch_log_group" "api_access" {
  name = "api-access"
}

resource "aws_api_gateway_stage" "prod" {
  stage_name    = "prod"
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

resource "aws_s3_bucket" "customer_uploads" {
  bucket = "acme-customer-uploads"
}

resource "aws_s3_bucket_logging" "customer_uploads" {
  bucket        = aws_s3_bucket.customer_uploads.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "customer-uploads/"
}

resource "aws_db_instance" "orders" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier              = "catalog"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]
}

resource "aws_rds_cluster_instance" "catalog" {
  cluster_identifier = aws_rds_cluster.catalog.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
}

resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "helm_release" "falco" {
  name             = "falco"
  repository       = "https://falcosecurity.github.io/charts"
  chart            = "falco"
  namespace        = "falco"
  create_namespace = true
}

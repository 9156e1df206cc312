resource "aws_s3_bucket" "customer_uploads" { # want: runtime/s3-bucket-access-logging-disabled
  bucket = "customer-uploads"
}

resource "aws_s3_bucket" "reports" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "reports"
}

resource "aws_s3_bucket_logging" "reports" {
  bucket        = aws_s3_bucket.reports.id
  target_bucket = aws_s3_bucket.server_access.id
  target_prefix = "reports/"
}

# The target of access logs is a log bucket: logging it would loop.
resource "aws_s3_bucket" "server_access" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "srv-access-7f3a"
}

# Log buckets by their use: a trail's, a flow log's, a load balancer's.
resource "aws_s3_bucket" "trail" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "org-history"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_s3_bucket" "flows" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "net-records"
}

resource "aws_flow_log" "main" {
  vpc_id               = "vpc-123"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flows.arn
}

resource "aws_s3_bucket" "alb" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "front-door-records"
}

resource "aws_lb" "main" {
  name    = "main"
  subnets = ["subnet-1", "subnet-2"]
  access_logs {
    bucket  = aws_s3_bucket.alb.id
    enabled = true
  }
}

# By name.
resource "aws_s3_bucket" "named" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "acme-access-logs"
}

# A static website serves public content.
resource "aws_s3_bucket" "site" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "www-example"
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}

# "catalog" contains "log" but is not a log bucket.
resource "aws_s3_bucket" "catalog" { # want: runtime/s3-bucket-access-logging-disabled
  bucket = "product-catalog"
}

resource "aws_s3_bucket" "inline" { # ok: runtime/s3-bucket-access-logging-disabled
  bucket = "invoices"
  logging {
    target_bucket = "srv-access-7f3a"
    target_prefix = "invoices/"
  }
}

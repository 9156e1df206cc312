resource "aws_cloudtrail" "stopped" {
  name           = "stopped"
  s3_bucket_name = "trail-logs"
  enable_logging = false # want: runtime/cloudtrail-logging-stopped
}

resource "aws_cloudtrail" "default" { # ok: runtime/cloudtrail-logging-stopped
  name           = "default"
  s3_bucket_name = "trail-logs"
}

variable "logging" {
  type = bool
}

resource "aws_cloudtrail" "unknown" {
  name           = "unknown"
  s3_bucket_name = "trail-logs"
  enable_logging = var.logging # ok: runtime/cloudtrail-logging-stopped
}

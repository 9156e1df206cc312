variable "name" {}
variable "subnet_ids" {
  type = list(string)
}
variable "db_password" {
  type      = string
  sensitive = true
}
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_kms_key" "data" {
  description = "${var.name} data"
}

resource "aws_s3_bucket" "assets" {
  bucket = "${var.name}-assets"
  tags   = var.tags
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.assets.arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "backups" {
  bucket = "${var.name}-backups"
}

resource "aws_db_subnet_group" "main" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_db_instance" "main" {
  identifier              = var.name
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "shop"
  password                = var.db_password
  db_subnet_group_name    = aws_db_subnet_group.main.name
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_sqs_queue" "orders" {
  name                    = "${var.name}-orders"
  sqs_managed_sse_enabled = true
}

resource "aws_secretsmanager_secret" "api" {
  name       = "${var.name}/api"
  kms_key_id = aws_kms_key.data.arn
}

output "assets_bucket" {
  value = aws_s3_bucket.assets.bucket
}

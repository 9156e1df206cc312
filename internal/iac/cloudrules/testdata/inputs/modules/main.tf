module "public" { # want: config/s3-bucket-public-acl
  source = "./modules/bucket"
  name   = "public-assets"
  acl    = "public-read"
}

module "private" { # ok: config/s3-bucket-public-acl
  source = "./modules/bucket"
  name   = "private-assets"
  acl    = "private"
}

variable "acl" {}

module "unknown" { # ok: config/s3-bucket-public-acl
  source = "./modules/bucket"
  name   = "unknown-assets"
  acl    = var.acl
}

module "registry" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.0"
}

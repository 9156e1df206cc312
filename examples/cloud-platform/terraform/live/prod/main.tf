terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "Pr0d-Db-Passw0rd-2024"
}

locals {
  name = "shop-${var.environment}"
  tags = merge({ project = "shop" }, { environment = var.environment })
}

module "network" {
  source      = "../../modules/network"
  name        = local.name
  admin_cidrs = var.admin_cidrs
  tags        = local.tags
}

module "data" {
  source      = "../../modules/data"
  name        = local.name
  subnet_ids  = module.network.private_subnet_ids
  db_password = var.db_password
  tags        = local.tags
}

module "web" {
  source            = "../../modules/web"
  name              = local.name
  subnet_ids        = module.network.public_subnet_ids
  security_group_id = module.network.web_security_group_id
  assets_bucket     = module.data.assets_bucket
}

module "monitoring" {
  source  = "terraform-aws-modules/cloudwatch/aws"
  version = "5.3.1"
}

variable "db_password" {}

variable "admin_password" {
  default = "Adm1n-Passw0rd-2024"
}

resource "aws_db_instance" "literal" {
  engine   = "postgres"
  username = "app"
  password = "Pl41n-T3xt-Passw0rd" # want: secrets/database-literal-password
}

resource "aws_db_instance" "from_var" {
  engine   = "postgres"
  username = "app"
  password = var.db_password # ok: secrets/database-literal-password
}

resource "aws_rds_cluster" "from_default" {
  engine          = "aurora-mysql"
  master_username = "admin"
  master_password = var.admin_password # want: secrets/database-literal-password
}

resource "random_password" "db" {
  length = 32
}

resource "aws_redshift_cluster" "generated" {
  cluster_identifier = "dw"
  master_username    = "admin"
  master_password    = random_password.db.result # ok: secrets/database-literal-password
}

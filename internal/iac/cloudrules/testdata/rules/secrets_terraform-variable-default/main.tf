variable "db_password" {
  type    = string
  default = "Sup3r-Secret-Passw0rd" # want: secrets/terraform-variable-default
}

variable "api_token" {
  type      = string
  sensitive = true # ok: secrets/terraform-variable-default
}

variable "password_length" {
  default = "32" # ok: secrets/terraform-variable-default
}

variable "client_secret" {
  default = "" # ok: secrets/terraform-variable-default
}

variable "region" {
  default = "eu-west-1" # ok: secrets/terraform-variable-default
}

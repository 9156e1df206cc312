provider "vault" {
  token = "hvs.‹b64u:90›" # want: secrets/hashicorp-token
}
provider "tfe" {
  token = var.tfe_token # ok: secrets/hashicorp-token
}

resource "aws_kms_key" "default" { # want: secrets/kms-key-rotation-disabled
  description = "data"
}

resource "aws_kms_key" "off" {
  description         = "data"
  enable_key_rotation = false # want: secrets/kms-key-rotation-disabled
}

resource "aws_kms_key" "on" { # ok: secrets/kms-key-rotation-disabled
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" { # ok: secrets/kms-key-rotation-disabled
  description              = "signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "google_kms_crypto_key" "yearly" {
  name            = "data"
  key_ring        = "projects/p/locations/global/keyRings/r"
  rotation_period = "31536000s" # want: secrets/kms-key-rotation-disabled
}

resource "google_kms_crypto_key" "quarterly" {
  name            = "data"
  key_ring        = "projects/p/locations/global/keyRings/r"
  rotation_period = "7776000s" # ok: secrets/kms-key-rotation-disabled
}

resource "azurerm_key_vault_key" "plain" { # want: secrets/kms-key-rotation-disabled
  name         = "data"
  key_vault_id = "kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["encrypt", "decrypt"]
}

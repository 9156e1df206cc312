resource "aws_dynamodb_table" "missing" { # want: config/dynamodb-deletion-protection-disabled
  name = "t"
  hash_key = "id"
}

resource "aws_dynamodb_table" "bad" {
  name = "t"
  hash_key = "id"
  deletion_protection_enabled = false # want: config/dynamodb-deletion-protection-disabled
}

resource "aws_dynamodb_table" "good" { # ok: config/dynamodb-deletion-protection-disabled
  name = "t"
  hash_key = "id"
  deletion_protection_enabled = true # ok: config/dynamodb-deletion-protection-disabled
}

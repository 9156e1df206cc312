resource "aws_dynamodb_table" "missing" { # want: config/dynamodb-table-no-cmk
  name = "t"
  hash_key = "id"
}

resource "aws_dynamodb_table" "bad" {
  name = "t"
  hash_key = "id"
  server_side_encryption {
    enabled = false # want: config/dynamodb-table-no-cmk
  }
}

resource "aws_dynamodb_table" "good" { # ok: config/dynamodb-table-no-cmk
  name = "t"
  hash_key = "id"
  server_side_encryption {
    enabled = true # ok: config/dynamodb-table-no-cmk
  }
}

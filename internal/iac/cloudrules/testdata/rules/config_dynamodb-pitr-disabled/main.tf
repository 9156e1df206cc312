resource "aws_dynamodb_table" "missing" { # want: config/dynamodb-pitr-disabled
  name = "t"
  hash_key = "id"
}

resource "aws_dynamodb_table" "bad" {
  name = "t"
  hash_key = "id"
  point_in_time_recovery {
    enabled = false # want: config/dynamodb-pitr-disabled
  }
}

resource "aws_dynamodb_table" "good" { # ok: config/dynamodb-pitr-disabled
  name = "t"
  hash_key = "id"
  point_in_time_recovery {
    enabled = true # ok: config/dynamodb-pitr-disabled
  }
}

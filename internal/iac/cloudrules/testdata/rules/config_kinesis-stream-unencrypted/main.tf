resource "aws_kinesis_stream" "missing" { # want: config/kinesis-stream-unencrypted
  name = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "bad" {
  name = "events"
  shard_count = 1
  encryption_type = "NONE" # want: config/kinesis-stream-unencrypted
}

resource "aws_kinesis_stream" "good" { # ok: config/kinesis-stream-unencrypted
  name = "events"
  shard_count = 1
  encryption_type = "KMS" # ok: config/kinesis-stream-unencrypted
}

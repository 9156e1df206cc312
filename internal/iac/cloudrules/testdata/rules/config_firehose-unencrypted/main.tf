resource "aws_kinesis_firehose_delivery_stream" "missing" { # want: config/firehose-unencrypted
  name = "logs"
  destination = "extended_s3"
}

resource "aws_kinesis_firehose_delivery_stream" "bad" {
  name = "logs"
  destination = "extended_s3"
  server_side_encryption {
    enabled = false # want: config/firehose-unencrypted
  }
}

resource "aws_kinesis_firehose_delivery_stream" "good" { # ok: config/firehose-unencrypted
  name = "logs"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true # ok: config/firehose-unencrypted
  }
}

resource "aws_mq_broker" "public" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  publicly_accessible = true # want: config/mq-broker-public
}

resource "aws_mq_broker" "private" {
  broker_name         = "events2"
  engine_type         = "RabbitMQ"
  publicly_accessible = false # ok: config/mq-broker-public
}

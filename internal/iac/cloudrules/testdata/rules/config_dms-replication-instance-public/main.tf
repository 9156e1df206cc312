resource "aws_dms_replication_instance" "public" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible        = true # want: config/dms-replication-instance-public
}

resource "aws_dms_replication_instance" "private" {
  replication_instance_id    = "migrate2"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible        = false # ok: config/dms-replication-instance-public
}

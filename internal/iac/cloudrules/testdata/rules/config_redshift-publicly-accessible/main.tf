resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  publicly_accessible = true # want: config/redshift-publicly-accessible
}

resource "aws_redshift_cluster" "internal" {
  cluster_identifier  = "internal"
  node_type           = "ra3.xlplus"
  publicly_accessible = false # ok: config/redshift-publicly-accessible
}

resource "aws_redshift_cluster" "missing" { # want: config/redshift-cluster-unencrypted
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
}

resource "aws_redshift_cluster" "bad" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  encrypted = false # want: config/redshift-cluster-unencrypted
}

resource "aws_redshift_cluster" "good" { # ok: config/redshift-cluster-unencrypted
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  encrypted = true # ok: config/redshift-cluster-unencrypted
}

resource "aws_dax_cluster" "missing" { # want: config/dax-cluster-unencrypted
  cluster_name = "c"
  node_type = "dax.r4.large"
}

resource "aws_dax_cluster" "bad" {
  cluster_name = "c"
  node_type = "dax.r4.large"
  server_side_encryption {
    enabled = false # want: config/dax-cluster-unencrypted
  }
}

resource "aws_dax_cluster" "good" { # ok: config/dax-cluster-unencrypted
  cluster_name = "c"
  node_type = "dax.r4.large"
  server_side_encryption {
    enabled = true # ok: config/dax-cluster-unencrypted
  }
}

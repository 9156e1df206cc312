resource "aws_neptune_cluster" "missing" { # want: config/neptune-cluster-unencrypted
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster" "bad" {
  cluster_identifier = "graph"
  storage_encrypted = false # want: config/neptune-cluster-unencrypted
}

resource "aws_neptune_cluster" "good" { # ok: config/neptune-cluster-unencrypted
  cluster_identifier = "graph"
  storage_encrypted = true # ok: config/neptune-cluster-unencrypted
}

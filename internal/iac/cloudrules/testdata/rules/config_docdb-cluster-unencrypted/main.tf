resource "aws_docdb_cluster" "missing" { # want: config/docdb-cluster-unencrypted
  cluster_identifier = "docs"
}

resource "aws_docdb_cluster" "bad" {
  cluster_identifier = "docs"
  storage_encrypted = false # want: config/docdb-cluster-unencrypted
}

resource "aws_docdb_cluster" "good" { # ok: config/docdb-cluster-unencrypted
  cluster_identifier = "docs"
  storage_encrypted = true # ok: config/docdb-cluster-unencrypted
}

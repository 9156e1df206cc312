resource "aws_msk_cluster" "bad" {
  cluster_name = "events"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # want: config/msk-cluster-plaintext
    }
  }
}

resource "aws_msk_cluster" "good" { # ok: config/msk-cluster-plaintext
  cluster_name = "events"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS" # ok: config/msk-cluster-plaintext
    }
  }
}

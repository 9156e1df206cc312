resource "aws_opensearch_domain" "missing" { # want: config/opensearch-node-to-node-unencrypted
  domain_name = "search"
}

resource "aws_opensearch_domain" "bad" {
  domain_name = "search"
  node_to_node_encryption {
    enabled = false # want: config/opensearch-node-to-node-unencrypted
  }
}

resource "aws_opensearch_domain" "good" { # ok: config/opensearch-node-to-node-unencrypted
  domain_name = "search"
  node_to_node_encryption {
    enabled = true # ok: config/opensearch-node-to-node-unencrypted
  }
}

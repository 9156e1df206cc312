resource "aws_opensearch_domain" "missing" { # want: config/opensearch-unencrypted-at-rest
  domain_name = "search"
}

resource "aws_opensearch_domain" "bad" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = false # want: config/opensearch-unencrypted-at-rest
  }
}

resource "aws_opensearch_domain" "good" { # ok: config/opensearch-unencrypted-at-rest
  domain_name = "search"
  encrypt_at_rest {
    enabled = true # ok: config/opensearch-unencrypted-at-rest
  }
}

resource "aws_opensearch_domain" "bad" {
  domain_name = "search"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want: config/opensearch-outdated-tls
  }
}

resource "aws_opensearch_domain" "good" { # ok: config/opensearch-outdated-tls
  domain_name = "search"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07" # ok: config/opensearch-outdated-tls
  }
}

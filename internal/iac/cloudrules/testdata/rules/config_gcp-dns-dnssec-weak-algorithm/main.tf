resource "google_dns_managed_zone" "bad" {
  name = "zone"
  dns_name = "example.com."
  dnssec_config {
    default_key_specs {
      algorithm = "rsasha1" # want: config/gcp-dns-dnssec-weak-algorithm
    }
  }
}

resource "google_dns_managed_zone" "good" { # ok: config/gcp-dns-dnssec-weak-algorithm
  name = "zone"
  dns_name = "example.com."
  dnssec_config {
    default_key_specs {
      algorithm = "rsasha256" # ok: config/gcp-dns-dnssec-weak-algorithm
    }
  }
}

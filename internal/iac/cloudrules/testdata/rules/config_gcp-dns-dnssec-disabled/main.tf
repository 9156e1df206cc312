resource "google_dns_managed_zone" "missing" { # want: config/gcp-dns-dnssec-disabled
  name = "zone"
  dns_name = "example.com."
}

resource "google_dns_managed_zone" "bad" {
  name = "zone"
  dns_name = "example.com."
  dnssec_config {
    state = "off" # want: config/gcp-dns-dnssec-disabled
  }
}

resource "google_dns_managed_zone" "good" { # ok: config/gcp-dns-dnssec-disabled
  name = "zone"
  dns_name = "example.com."
  dnssec_config {
    state = "on" # ok: config/gcp-dns-dnssec-disabled
  }
}

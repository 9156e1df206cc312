resource "google_compute_firewall" "open" {
  name          = "open"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want: config/gcp-firewall-all-ports-open
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "internal" {
  name          = "internal"
  network       = "default"
  source_ranges = ["10.0.0.0/8"] # ok: config/gcp-firewall-all-ports-open
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "web" {
  name          = "web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # ok: config/gcp-firewall-all-ports-open
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "nosource" { # want: config/gcp-firewall-all-ports-open
  name    = "nosource"
  network = "default"
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "egress" { # ok: config/gcp-firewall-all-ports-open
  name               = "egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
  }
}

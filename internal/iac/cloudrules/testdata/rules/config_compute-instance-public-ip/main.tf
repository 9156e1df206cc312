resource "google_compute_instance" "public" {
  name         = "web"
  machine_type = "e2-small"
  network_interface {
    network = "default"
    access_config { # want: config/compute-instance-public-ip
    }
  }
}

resource "google_compute_instance" "private" { # ok: config/compute-instance-public-ip
  name         = "worker"
  machine_type = "e2-small"
  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "bad" {
  name = "vm"
  machine_type = "e2-small"
  metadata {
    serial-port-enable = "true" # want: config/compute-instance-serial-port-enabled
  }
}

resource "google_compute_instance" "good" { # ok: config/compute-instance-serial-port-enabled
  name = "vm"
  machine_type = "e2-small"
  metadata {
    serial-port-enable = "false" # ok: config/compute-instance-serial-port-enabled
  }
}

resource "google_storage_bucket" "missing" { # want: config/gcs-bucket-no-cmk
  name = "data"
  location = "EU"
}

resource "google_storage_bucket" "bad" {
  name = "data"
  location = "EU"
  encryption {
    default_kms_key_name = "" # want: config/gcs-bucket-no-cmk
  }
}

resource "google_storage_bucket" "good" { # ok: config/gcs-bucket-no-cmk
  name = "data"
  location = "EU"
  encryption {
    default_kms_key_name = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" # ok: config/gcs-bucket-no-cmk
  }
}

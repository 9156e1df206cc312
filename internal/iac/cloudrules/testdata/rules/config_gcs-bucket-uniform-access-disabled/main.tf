resource "google_storage_bucket" "missing" { # want: config/gcs-bucket-uniform-access-disabled
  name = "data"
  location = "EU"
}

resource "google_storage_bucket" "bad" {
  name = "data"
  location = "EU"
  uniform_bucket_level_access = false # want: config/gcs-bucket-uniform-access-disabled
}

resource "google_storage_bucket" "good" { # ok: config/gcs-bucket-uniform-access-disabled
  name = "data"
  location = "EU"
  uniform_bucket_level_access = true # ok: config/gcs-bucket-uniform-access-disabled
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = "data"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # want: config/gcs-bucket-public
}

resource "google_storage_bucket_iam_member" "team" {
  bucket = "data"
  role   = "roles/storage.objectViewer"
  member = "group:team@example.com" # ok: config/gcs-bucket-public
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = "data"
  role    = "roles/storage.objectViewer"
  members = ["user:jo@example.com", "allAuthenticatedUsers"] # want: config/gcs-bucket-public
}

resource "google_storage_bucket_acl" "acl" {
  bucket      = "data"
  role_entity = ["OWNER:user-jo@example.com", "READER:allUsers"] # want: config/gcs-bucket-public
}

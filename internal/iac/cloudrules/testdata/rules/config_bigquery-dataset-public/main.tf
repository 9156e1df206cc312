resource "google_bigquery_dataset" "open" {
  dataset_id = "open"
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # want: config/bigquery-dataset-public
  }
  access {
    role          = "OWNER"
    special_group = "projectOwners" # ok: config/bigquery-dataset-public
  }
}

resource "google_bigquery_dataset_iam_member" "anyone" {
  dataset_id = "open"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # want: config/bigquery-dataset-public
}

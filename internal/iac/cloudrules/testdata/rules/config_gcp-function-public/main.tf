resource "google_cloudfunctions_function_iam_member" "invoker" {
  cloud_function = "fn"
  role           = "roles/cloudfunctions.invoker"
  member         = "allUsers" # want: config/gcp-function-public
}

resource "google_cloud_run_v2_service_iam_member" "caller" {
  name   = "svc"
  role   = "roles/run.invoker"
  member = "serviceAccount:caller@p.iam.gserviceaccount.com" # ok: config/gcp-function-public
}

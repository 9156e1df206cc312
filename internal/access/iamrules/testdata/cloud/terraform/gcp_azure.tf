# GCP bindings and Azure role assignments and definitions.

resource "google_project_iam_member" "ci_owner" {
  project = "example-project"
  role    = "roles/owner"
  member  = "serviceAccount:ci@example-project.iam.gserviceaccount.com" # want: access/gcp-primitive-role
}

resource "google_project_iam_binding" "viewers" {
  project = "example-project"
  role    = "roles/viewer"
  members = ["group:viewers@example.com"] # ok: access/gcp-primitive-role
}

resource "google_pubsub_topic_iam_member" "public" {
  topic  = "example-topic"
  role   = "roles/pubsub.subscriber"
  member = "allUsers" # want: access/gcp-public-member
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = "example-bucket"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # ok: access/gcp-public-member
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/editor"
    members = ["user:bob@example.com"] # want: access/gcp-primitive-role
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.folder.policy_data
}

data "azurerm_subscription" "current" {}

resource "azurerm_role_assignment" "ci" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Contributor" # want: access/azure-privileged-role-subscription
  principal_id         = "00000000-0000-0000-0000-000000000001"
}

resource "azurerm_role_assignment" "rg" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"
  role_definition_name = "Contributor" # ok: access/azure-privileged-role-subscription
  principal_id         = "00000000-0000-0000-0000-000000000002"
}

resource "azurerm_role_definition" "ops" {
  name  = "ops"
  scope = data.azurerm_subscription.current.id
  permissions {
    actions     = ["*"] # want: access/azure-custom-role-wildcard
    not_actions = []
  }
}

resource "azurerm_role_definition" "reader" {
  name  = "reader"
  scope = data.azurerm_subscription.current.id
  permissions {
    actions     = ["Microsoft.Storage/storageAccounts/read"] # ok: access/azure-custom-role-wildcard
    not_actions = []
  }
}

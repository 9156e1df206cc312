package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcpFunctionPublic = newRule("config/gcp-function-public", finding.High,
	"Cloud Function or Cloud Run service can be invoked by anyone",
	"An IAM member or binding grants a role on the function or service to allUsers or allAuthenticatedUsers.",
	"Grant invoker roles to the service accounts and groups that call the service; put public endpoints behind an API gateway or IAP deliberately.")

func checkGcpFunctionPublic() *Check {
	return &Check{Rule: ruleGcpFunctionPublic, Run: func(c *Context) {
		gcpPublicMembers(c, "the function or service",
			"google_cloudfunctions_function_iam_member", "google_cloudfunctions_function_iam_binding",
			"google_cloudfunctions2_function_iam_member", "google_cloudfunctions2_function_iam_binding",
			"google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding",
			"google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding")
	}}
}

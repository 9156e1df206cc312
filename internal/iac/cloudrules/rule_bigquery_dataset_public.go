package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleBigqueryDatasetPublic = newRule("config/bigquery-dataset-public", finding.High,
	"BigQuery dataset is public",
	"An access entry or IAM member grants the dataset to allUsers or allAuthenticatedUsers.",
	"Grant datasets to named groups and service accounts only.")

func checkBigqueryDatasetPublic() *Check {
	return &Check{Rule: ruleBigqueryDatasetPublic, Run: func(c *Context) {
		gcpPublicMembers(c, "the dataset", "google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding")
		for _, r := range c.Set.OfType("google_bigquery_dataset") {
			for _, a := range r.Get("access").Elements() {
				for _, key := range []string{"special_group", "iam_member"} {
					if v := a.Get(key); publicMember(v) {
						c.Report(r, v, r.Label()+": an access entry grants the dataset to "+v.Str)
					}
				}
			}
		}
	}}
}

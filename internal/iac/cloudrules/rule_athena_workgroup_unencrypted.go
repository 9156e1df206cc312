package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAthenaWorkgroupUnencrypted = newRule("config/athena-workgroup-unencrypted", finding.Medium,
	"Athena workgroup does not encrypt query results",
	"Query results written to S3 are not encrypted by the workgroup.",
	"Set result_configuration.encryption_configuration (ResultConfiguration EncryptionConfiguration) with SSE_KMS.")

func checkAthenaWorkgroupUnencrypted() *Check {
	return attrCheck(ruleAthenaWorkgroupUnencrypted,
		expect{Types: []string{"aws_athena_workgroup"}, Path: []string{"configuration", "result_configuration", "encryption_configuration", "encryption_option"}, Bad: emptyString,
			Message: "encryption_option = %s: query results are not encrypted",
			Missing: defaultNote("configuration.result_configuration.encryption_configuration.encryption_option", "none", "query results are not encrypted")},
		expect{Types: []string{"AWS::Athena::WorkGroup"}, Path: []string{"WorkGroupConfiguration", "ResultConfiguration", "EncryptionConfiguration", "EncryptionOption"}, Bad: emptyString,
			Message: "EncryptionOption: %s: query results are not encrypted",
			Missing: defaultNote("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", "none", "query results are not encrypted")},
	)
}

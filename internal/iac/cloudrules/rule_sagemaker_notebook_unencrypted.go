package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSagemakerNotebookUnencrypted = newRule("config/sagemaker-notebook-unencrypted", finding.Low,
	"SageMaker notebook volume is not encrypted with a customer-managed key",
	"Without kms_key_id the notebook's storage volume is not encrypted with a key you control.",
	"Set kms_key_id (KmsKeyId).")

func checkSagemakerNotebookUnencrypted() *Check {
	return attrCheck(ruleSagemakerNotebookUnencrypted,
		expect{Types: []string{"aws_sagemaker_notebook_instance"}, Path: []string{"kms_key_id"}, Bad: emptyString,
			Message: "kms_key_id = %s: the notebook volume is not encrypted with a customer-managed key",
			Missing: defaultNote("kms_key_id", "none", "the notebook volume is not encrypted with a customer-managed key")},
		expect{Types: []string{"AWS::SageMaker::NotebookInstance"}, Path: []string{"KmsKeyId"}, Bad: emptyString,
			Message: "KmsKeyId: %s: the notebook volume is not encrypted with a customer-managed key",
			Missing: defaultNote("KmsKeyId", "none", "the notebook volume is not encrypted with a customer-managed key")},
	)
}

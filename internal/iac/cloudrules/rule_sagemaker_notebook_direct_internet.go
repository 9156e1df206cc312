package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSagemakerNotebookDirectInternet = newRule("config/sagemaker-notebook-direct-internet", finding.Medium,
	"SageMaker notebook has direct internet access",
	"Notebook instances get direct internet access unless it is disabled (the default is Enabled): data and credentials in the notebook can leave without passing the VPC's controls.",
	"Set direct_internet_access to Disabled and give the notebook a subnet with controlled egress.")

func checkSagemakerNotebookDirectInternet() *Check {
	return attrCheck(ruleSagemakerNotebookDirectInternet,
		expect{Types: []string{"aws_sagemaker_notebook_instance"}, Path: []string{"direct_internet_access"}, Bad: oneOf("Enabled"),
			Message: "direct_internet_access = %s",
			Missing: defaultNote("direct_internet_access", "Enabled", "the notebook reaches the internet outside the VPC's controls")},
		expect{Types: []string{"AWS::SageMaker::NotebookInstance"}, Path: []string{"DirectInternetAccess"}, Bad: oneOf("Enabled"),
			Message: "DirectInternetAccess: %s",
			Missing: defaultNote("DirectInternetAccess", "Enabled", "the notebook reaches the internet outside the VPC's controls")},
	)
}

package iamrules

import "github.com/vigil-sec/vigil/internal/access/iampolicy"

// awsManaged holds the documents of the AWS-managed policies that grant administrator access, for
// code and exports that attach them by ARN without their content.
var awsManaged = map[string]string{
	"arn:aws:iam::aws:policy/AdministratorAccess": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`,
	"arn:aws:iam::aws:policy/IAMFullAccess":       `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}`,
}

// AWSManaged returns the document of an AWS-managed policy known to grant administrator access
// (AdministratorAccess, IAMFullAccess), by ARN. Other AWS-managed policies are not known here:
// ok is false and nothing may be concluded from them.
func AWSManaged(arn string) (*iampolicy.Policy, bool) {
	src, ok := awsManaged[arn]
	if !ok {
		return nil, false
	}
	pol, err := iampolicy.Parse([]byte(src))
	return pol, err == nil
}

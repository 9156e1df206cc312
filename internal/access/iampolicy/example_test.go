package iampolicy_test

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
)

// Which actions on which resources can a principal with these policies perform?
func ExampleSet_Grant() {
	p, err := iampolicy.Parse([]byte(`{
	  "Version": "2012-10-17",
	  "Statement": [
	    {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:*"], "Resource": "*"},
	    {"Effect": "Deny", "Action": "ec2:TerminateInstances", "Resource": "*"},
	    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*",
	     "Condition": {"Bool": {"aws:SecureTransport": "true"}}}
	  ]}`))
	if err != nil {
		panic(err)
	}
	s := iampolicy.NewSet(p)
	for _, action := range []string{"iam:PassRole", "ec2:TerminateInstances", "s3:GetObject"} {
		g := s.Grant(action)
		fmt.Printf("%s allowed=%v unconditional=%v everywhere=%v\n", action, g.Allowed(), g.Unconditional(), g.OnAllResources())
	}
	fmt.Println(s.Decide("s3:GetObject", "arn:aws:s3:::reports/q3.csv"))
	fmt.Println(s.Decide("s3:GetObject", "arn:aws:s3:::payroll/q3.csv"))
	// Output:
	// iam:PassRole allowed=true unconditional=true everywhere=true
	// ec2:TerminateInstances allowed=false unconditional=false everywhere=false
	// s3:GetObject allowed=true unconditional=false everywhere=false
	// conditionally allowed
	// implicit deny
}

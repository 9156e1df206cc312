package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleLambdaFunctionUrlPublic = newRule("config/lambda-function-url-public", finding.High,
	"Lambda function URL needs no authentication",
	"A function URL with authorization type NONE lets anyone on the internet invoke the function.",
	"Use authorization_type = \"AWS_IAM\" (AuthType: AWS_IAM), or put the function behind API Gateway with an authorizer.")

func checkLambdaFunctionUrlPublic() *Check {
	return attrCheck(ruleLambdaFunctionUrlPublic,
		expect{Types: []string{"aws_lambda_function_url"}, Path: []string{"authorization_type"}, Bad: oneOf("NONE"),
			Message: "authorization_type = %s: anyone can invoke the function"},
		expect{Types: []string{"AWS::Lambda::Url"}, Path: []string{"AuthType"}, Bad: oneOf("NONE"),
			Message: "AuthType: %s: anyone can invoke the function"},
	)
}

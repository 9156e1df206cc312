package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAPIGatewayAccessLogsDisabled = newRule("api-gateway-access-logs-disabled", finding.Medium,
	"API Gateway stage writes no access logs",
	"An API stage without access logs keeps no record of who called which route with which result: abuse of the "+
		"API, enumeration and attacks on its backends cannot be traced to a caller.",
	"Give the stage access log settings with a destination log group and a format that records the caller "+
		"(access_log_settings in Terraform; AccessLogSetting or AccessLogSettings in CloudFormation and SAM).",
	"https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html")

// stageLogs maps each stage type to where its access log settings live.
var stageLogs = map[string]string{
	"aws_api_gateway_stage":    "access_log_settings",
	"aws_apigatewayv2_stage":   "access_log_settings",
	"AWS::ApiGateway::Stage":   "AccessLogSetting",
	"AWS::ApiGatewayV2::Stage": "AccessLogSettings",
	"AWS::Serverless::Api":     "AccessLogSetting",
	"AWS::Serverless::HttpApi": "AccessLogSettings",
}

func checkAPIGatewayAccessLogsDisabled() *check {
	return &check{rule: ruleAPIGatewayAccessLogsDisabled, run: func(p *pass) {
		types := []string{"aws_api_gateway_stage", "aws_apigatewayv2_stage", "AWS::ApiGateway::Stage",
			"AWS::ApiGatewayV2::Stage", "AWS::Serverless::Api", "AWS::Serverless::HttpApi"}
		for _, s := range p.set.OfType(types...) {
			attr := stageLogs[s.Type]
			v := s.Get(attr)
			if v.IsUnknown() || !v.IsNull() && !emptyList(v) {
				continue
			}
			format := `{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","caller":"$context.identity.caller","user":"$context.identity.user","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","resourcePath":"$context.resourcePath","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength"}`
			p.report(s, nil, s.Label()+": the API stage writes no access logs", setting(s, `access_log_settings {
  destination_arn = aws_cloudwatch_log_group.api_access.arn
  format = jsonencode({
    requestId = "$context.requestId", ip = "$context.identity.sourceIp", httpMethod = "$context.httpMethod",
    routeKey = "$context.routeKey", status = "$context.status", requestTime = "$context.requestTime"
  })
}`, attr+`:
  DestinationArn: !GetAtt ApiAccessLogGroup.Arn
  Format: '`+format+`'`))
		}
		// A deployment with StageName creates its stage implicitly; its settings are in StageDescription.
		for _, d := range p.set.OfType("AWS::ApiGateway::Deployment") {
			if d.Get("StageName").IsNull() || d.Get("StageDescription").IsUnknown() {
				continue
			}
			v := d.Get("StageDescription", "AccessLogSetting")
			if v.IsUnknown() || !v.IsNull() {
				continue
			}
			p.report(d, d.Get("StageName"), d.Label()+": the stage this deployment creates writes no access logs", setting(d, "", `StageDescription:
  AccessLogSetting:
    DestinationArn: !GetAtt ApiAccessLogGroup.Arn
    Format: '$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status'`))
		}
	}}
}

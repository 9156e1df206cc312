package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleApiGatewayStageNoAccessLogs = newRule("config/api-gateway-stage-no-access-logs", finding.Medium,
	"API Gateway stage writes no access logs",
	"The stage has no access log settings: who called which endpoint is not recorded, which leaves abuse and incidents without evidence.",
	"Configure access_log_settings (AccessLogSetting) with a CloudWatch Logs or Firehose destination.")

func checkApiGatewayStageNoAccessLogs() *Check {
	return attrCheck(ruleApiGatewayStageNoAccessLogs,
		expect{Types: []string{"aws_api_gateway_stage", "aws_apigatewayv2_stage"}, Path: []string{"access_log_settings", "destination_arn"}, Bad: emptyString,
			Message: "destination_arn = %s: requests are not logged",
			Missing: defaultNote("access_log_settings.destination_arn", "none", "requests are not logged")},
		expect{Types: []string{"AWS::ApiGateway::Stage"}, Path: []string{"AccessLogSetting", "DestinationArn"}, Bad: emptyString,
			Message: "DestinationArn: %s: requests are not logged",
			Missing: defaultNote("AccessLogSetting.DestinationArn", "none", "requests are not logged")},
		expect{Types: []string{"AWS::ApiGatewayV2::Stage"}, Path: []string{"AccessLogSettings", "DestinationArn"}, Bad: emptyString,
			Message: "DestinationArn: %s: requests are not logged",
			Missing: defaultNote("AccessLogSettings.DestinationArn", "none", "requests are not logged")},
	)
}

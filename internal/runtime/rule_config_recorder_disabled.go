package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleConfigRecorderDisabled = newRule("config-recorder-disabled", finding.Medium,
	"AWS Config recorder is defined but never started",
	"A configuration recorder records nothing until it is started: in Terraform that takes an "+
		"aws_config_configuration_recorder_status with is_enabled = true; in CloudFormation the recorder starts once "+
		"a delivery channel exists. Without either, the configuration history the baseline promises is empty.",
	"Start the recorder: an aws_config_configuration_recorder_status with is_enabled = true (Terraform), or an "+
		"AWS::Config::DeliveryChannel in the template (CloudFormation).",
	"https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html")

func checkConfigRecorderDisabled() *check {
	return &check{rule: ruleConfigRecorderDisabled, run: func(p *pass) {
		for _, r := range p.set.OfType("aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder") {
			if isCFN(r) {
				if p.has(r.Root, "AWS::Config::DeliveryChannel") {
					continue
				}
				p.report(r, nil, r.Label()+": the template defines no delivery channel, so the recorder never starts",
					`ConfigDeliveryChannel:
  Type: AWS::Config::DeliveryChannel
  Properties:
    S3BucketName: !Ref ConfigBucket`)
				continue
			}
			statuses, unsure := p.referrers(r, via{types: []string{"aws_config_configuration_recorder_status"}, attr: []string{"name"}, names: []string{"name"}})
			on := false
			for _, s := range statuses {
				v := s.Get("is_enabled")
				on = on || isTrue(v)
				unsure = unsure || v.IsUnknown()
			}
			if on || unsure {
				continue
			}
			msg := r.Label() + ": no aws_config_configuration_recorder_status with is_enabled = true starts this recorder"
			if len(statuses) > 0 {
				msg = r.Label() + ": its recorder status (" + statuses[0].Address + ") keeps it stopped"
			}
			p.report(r, nil, msg, fmt.Sprintf(`resource "aws_config_configuration_recorder_status" %q {
  name       = %s.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}
`, r.Name, ref(r)))
		}
	}}
}

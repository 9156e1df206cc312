package runtime

import (
	"fmt"
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleAlarmNotNotifying = newRule("alarm-not-notifying", finding.Medium,
	"Security alarm notifies nobody",
	"An alarm on a log metric filter (root user activity, a stopped trail, an opened security group) only helps if "+
		"it reaches someone. Without an alarm action, with actions disabled, or with an SNS topic that has no "+
		"subscription, the alarm changes state in a console nobody watches.",
	"Give the alarm an action to an SNS topic that has a subscription (an aws_sns_topic_subscription; "+
		"AWS::SNS::Subscription or the topic's Subscription property in CloudFormation), and keep actions enabled.",
	"https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html")

var (
	topicTypes        = []string{"aws_sns_topic", "AWS::SNS::Topic"}
	subscriptionTypes = []string{"aws_sns_topic_subscription", "AWS::SNS::Subscription"}
)

func checkAlarmNotNotifying() *check {
	return &check{rule: ruleAlarmNotNotifying, run: func(p *pass) {
		var metrics = map[string][]metric{}
		for _, f := range p.set.OfType(metricFilterTypes...) {
			metrics[f.Root] = append(metrics[f.Root], filterMetrics(f)...)
		}
		for _, a := range p.set.OfType(alarmTypes...) {
			if !slices.ContainsFunc(alarmMetrics(a), func(m metric) bool {
				return slices.ContainsFunc(metrics[a.Root], m.same)
			}) {
				continue // not an alarm on a log metric filter
			}
			if why, at := p.silentAlarm(a); why != "" {
				p.report(a, at, a.Label()+": the alarm watches a log metric filter but "+why, alarmFix(a))
			}
		}
	}}
}

// silentAlarm explains why an alarm reaches nobody, with the value to point at; "" when it
// notifies (or may: an action outside the set, an unknown value).
func (p *pass) silentAlarm(a *resource.Resource) (why string, at *resource.Value) {
	if en := get(a, "actions_enabled", "ActionsEnabled"); isFalse(en) {
		return "its actions are disabled", en
	}
	actions := get(a, "alarm_actions", "AlarmActions")
	if actions.IsUnknown() {
		return "", nil
	}
	if len(actions.Elements()) == 0 {
		return "has no alarm action", actions
	}
	var silent *resource.Resource
	for _, el := range actions.Elements() {
		if len(el.Refs) == 0 {
			if _, ok := el.AsString(); !ok || !p.inSet(a, el) {
				return "", nil // an action outside this configuration (a topic of another stack), or unknown
			}
		}
		topics, _ := p.targets(a, el, topicTypes, "name", "TopicName")
		for _, t := range topics {
			if p.subscribed(t) {
				return "", nil
			}
			silent = t
		}
		if p.anyRef(a, el, "aws_lambda_function", "AWS::Lambda::Function") {
			return "", nil // a function may page someone
		}
	}
	if silent != nil {
		return fmt.Sprintf("its SNS topic %s has no subscription", silent.Label()), actions
	}
	return "its actions notify nobody (no SNS topic)", actions
}

// inSet reports whether a literal action names a topic of the set.
func (p *pass) inSet(from *resource.Resource, v *resource.Value) bool {
	ts, _ := p.targets(from, v, topicTypes, "name", "TopicName")
	return len(ts) > 0
}

// subscribed reports whether an SNS topic has a subscription (or may have one).
func (p *pass) subscribed(t *resource.Resource) bool {
	if s := t.Get("Subscription"); isCFN(t) && (s.IsUnknown() || len(s.Elements()) > 0) {
		return true
	}
	subs, unsure := p.referrers(t, via{types: subscriptionTypes[:1], attr: []string{"topic_arn"}, names: []string{"name"}},
		via{types: subscriptionTypes[1:], attr: []string{"TopicArn"}, names: []string{"TopicName"}})
	return len(subs) > 0 || unsure
}

// alarmFix is the snippet that makes an alarm notify someone.
func alarmFix(a *resource.Resource) string {
	if isCFN(a) {
		return fmt.Sprintf(`%s:
  Type: AWS::CloudWatch::Alarm
  Properties:
    # ...
    ActionsEnabled: true
    AlarmActions:
      - !Ref SecurityAlertsTopic
SecurityAlertsTopic:
  Type: AWS::SNS::Topic
  Properties:
    Subscription:
      - Protocol: email
        Endpoint: security@example.com
`, a.Name)
	}
	return fmt.Sprintf(`resource %q %q {
  # ...
  actions_enabled = true
  alarm_actions   = [aws_sns_topic.security_alerts.arn]
}

resource "aws_sns_topic_subscription" "security_alerts" {
  topic_arn = aws_sns_topic.security_alerts.arn
  protocol  = "email" # or https to a paging service
  endpoint  = "security@example.com"
}
`, a.Type, a.Name)
}

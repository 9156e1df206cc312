package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleMqBrokerPublic = newRule("config/mq-broker-public", finding.High,
	"Amazon MQ broker is publicly accessible",
	"A publicly accessible broker exposes its console and messaging endpoints to the internet.",
	"Set publicly_accessible to false and connect from inside the VPC.")

func checkMqBrokerPublic() *Check {
	return attrCheck(ruleMqBrokerPublic,
		expect{Types: []string{"aws_mq_broker"}, Path: []string{"publicly_accessible"}, Bad: isTrue,
			Message: "publicly_accessible = %s exposes the broker to the internet"},
		expect{Types: []string{"AWS::AmazonMQ::Broker"}, Path: []string{"PubliclyAccessible"}, Bad: isTrue,
			Message: "PubliclyAccessible: %s exposes the broker to the internet"},
	)
}

package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleMskClusterPlaintext = newRule("config/msk-cluster-plaintext", finding.High,
	"MSK cluster accepts plaintext client traffic",
	"Kafka clients may connect without TLS (PLAINTEXT or TLS_PLAINTEXT): messages and SASL credentials can travel in the clear.",
	"Set encryption_in_transit.client_broker = \"TLS\".")

func checkMskClusterPlaintext() *Check {
	return attrCheck(ruleMskClusterPlaintext,
		expect{Types: []string{"aws_msk_cluster"}, Path: []string{"encryption_info", "encryption_in_transit", "client_broker"}, Bad: oneOf("PLAINTEXT", "TLS_PLAINTEXT"),
			Message: "client_broker = %s: clients can send and read messages unencrypted"},
		expect{Types: []string{"AWS::MSK::Cluster"}, Path: []string{"EncryptionInfo", "EncryptionInTransit", "ClientBroker"}, Bad: oneOf("PLAINTEXT", "TLS_PLAINTEXT"),
			Message: "ClientBroker: %s: clients can send and read messages unencrypted"},
	)
}

package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureRedisNonSslPortEnabled = newRule("config/azure-redis-non-ssl-port-enabled", finding.Medium,
	"Azure Cache for Redis opens its non-TLS port",
	"The plaintext port 6379 is enabled: clients may send data and the access key unencrypted.",
	"Leave the non-SSL port disabled (non_ssl_port_enabled / enable_non_ssl_port = false).")

func checkAzureRedisNonSslPortEnabled() *Check {
	return attrCheck(ruleAzureRedisNonSslPortEnabled,
		expect{Types: []string{"azurerm_redis_cache"}, Path: []string{"non_ssl_port_enabled"}, Bad: isTrue,
			Message: "non_ssl_port_enabled = %s: clients may connect without TLS"},
		expect{Types: []string{"azurerm_redis_cache"}, Path: []string{"enable_non_ssl_port"}, Bad: isTrue,
			Message: "enable_non_ssl_port = %s: clients may connect without TLS"},
	)
}

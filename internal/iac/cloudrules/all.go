package cloudrules

// All returns every check, one per rule, sorted by rule id. A rule takes part when it is listed here.
func All() []*Check {
	return []*Check{
		checkDefaultSecurityGroupHasRules(),
		checkDmsReplicationInstancePublic(),
		checkEksPublicEndpointUnrestricted(),
		checkInstancePublicIp(),
		checkMqBrokerPublic(),
		checkNaclIngressOpen(),
		checkOpensearchNotInVpc(),
		checkRdsPubliclyAccessible(),
		checkRedshiftPubliclyAccessible(),
		checkSagemakerNotebookDirectInternet(),
		checkSecurityGroupAdminPortOpen(),
		checkSecurityGroupAllPortsOpen(),
		checkSecurityGroupDatabasePortOpen(),
		checkSubnetPublicIpOnLaunch(),
	}
}

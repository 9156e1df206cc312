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
		checkS3BucketPublicAccessBlockMissing(),
		checkS3BucketPublicAcl(),
		checkS3BucketPublicPolicy(),
		checkS3BucketUnencrypted(),
		checkS3BucketVersioningDisabled(),
		checkS3PublicAccessBlockDisabled(),
		checkSagemakerNotebookDirectInternet(),
		checkSecurityGroupAdminPortOpen(),
		checkSecurityGroupAllPortsOpen(),
		checkSecurityGroupDatabasePortOpen(),
		checkSubnetPublicIpOnLaunch(),
	}
}

package runtime

// allChecks returns every check, one per rule. A rule takes part when it is listed here.
func allChecks() []*check {
	return []*check{
		// AWS: the account's audit trail and detection.
		checkCloudTrailMissing(),
		checkCloudTrailLoggingStopped(),
		checkCloudTrailNotMultiRegion(),
		checkCloudTrailLogValidationDisabled(),
		checkCloudTrailNotKMSEncrypted(),
		checkCloudTrailBucketPublic(),
		checkCloudTrailBucketAccessLoggingDisabled(),
		checkCloudTrailCloudWatchLogsMissing(),
		checkCISMonitoringAlarmsMissing(),
		checkAlarmNotNotifying(),
		checkGuardDutyMissing(),
		checkGuardDutyDetectorDisabled(),
		checkGuardDutyS3ProtectionDisabled(),
		checkGuardDutyEKSProtectionDisabled(),
		checkSecurityHubAndConfigMissing(),
		checkConfigRecorderDisabled(),
		// AWS: logs of what the configuration defines.
		checkVPCFlowLogsMissing(),
		checkLBAccessLogsDisabled(),
		checkCloudFrontAccessLogsDisabled(),
		checkAPIGatewayAccessLogsDisabled(),
		checkS3BucketAccessLoggingDisabled(),
		checkRDSLogExportsDisabled(),
		checkEKSControlPlaneLoggingIncomplete(),
		// Google Cloud.
		checkGCPDataAccessAuditLogsMissing(),
		checkGCPSubnetFlowLogsDisabled(),
		checkGKELoggingMonitoringDisabled(),
		// Azure.
		checkAzureDiagnosticSettingsMissing(),
		checkAzureDefenderPlanMissing(),
		checkAzureNetworkFlowLogsMissing(),
		checkAzureActivityLogAlertsMissing(),
		checkAKSAuditLogsMissing(),
		// Kubernetes.
		checkK8sRuntimeDetectionMissing(),
		checkK8sClusterRuntimeDetectionMissing(),
		checkK8sAPIServerAuditDisabled(),
		checkK8sAuditPolicyIneffective(),
		checkK8sAuditPolicyLogsSecretData(),
	}
}

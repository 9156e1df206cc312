package kubernetes

// checks lists every Kubernetes rule, in one place.
func checks() []*check {
	return []*check{
		privileged, hostPID, hostIPC, hostNetwork, hostPathVolume, hostPathSensitive,
		dangerousCapability, capabilityNotBaseline, capabilitiesNotDropped, privilegeEscalation,
		runAsNonRoot, runAsUserRoot, readOnlyRoot, seccompUnconfined, seccompMissing, appArmorUnconfined,
		procMount, unsafeSysctl, hostPort, seLinuxCustom, windowsHostProcess, volumeType,
		limitsMissing, requestsMissing, livenessMissing, readinessMissing, imageMutableTag, imagePullPolicy,
		automountToken, defaultNamespace, loadBalancerOpen, nodePort, externalIPs, ingressNoTLS,
		namespaceWithoutNetworkPolicy, networkPolicyAllowAll, secretManifest, envLiteralSecret, configMapSecret,
	}
}

package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleEksPublicEndpointUnrestricted = newRule("config/eks-public-endpoint-unrestricted", finding.High,
	"EKS API endpoint is public to the whole internet",
	"The cluster's Kubernetes API endpoint is public (the default) and public_access_cidrs is not narrowed from 0.0.0.0/0, so anyone can reach the API server and try credentials or exploits against it.",
	"Turn off endpoint_public_access and use the private endpoint, or list the CIDRs that may reach the API in public_access_cidrs.")

func checkEksPublicEndpointUnrestricted() *Check {
	return &Check{Rule: ruleEksPublicEndpointUnrestricted, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_eks_cluster", "AWS::EKS::Cluster") {
			vpc, pub, cidrs := []string{"vpc_config"}, "endpoint_public_access", "public_access_cidrs"
			if r.Source == resource.CloudFormation {
				vpc, pub, cidrs = []string{"ResourcesVpcConfig"}, "EndpointPublicAccess", "PublicAccessCidrs"
			}
			p := r.Get(append(vpc, pub)...)
			if p.IsUnknown() || isFalse(p) {
				continue
			}
			cv := r.Get(append(vpc, cidrs)...)
			switch {
			case cv.IsNull():
				at := p
				if at == nil {
					at = r.Get(vpc...)
				}
				c.Report(r, at, fmt.Sprintf("%s: the API endpoint is public and %s is not set, so the provider default (0.0.0.0/0) is relied on: the API server is open to the internet", r.Label(), cidrs))
			default:
				if open := openCIDRs(cv); len(open) > 0 {
					c.Report(r, open[0], fmt.Sprintf("%s: the public API endpoint admits %s", r.Label(), open[0].Str))
				}
			}
		}
	}}
}

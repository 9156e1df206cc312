package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleLbDropInvalidHeadersDisabled = newRule("config/lb-drop-invalid-headers-disabled", finding.Low,
	"Application load balancer passes invalid HTTP headers",
	"drop_invalid_header_fields is false (the default): malformed headers reach the targets, which helps request smuggling and header injection.",
	"Set drop_invalid_header_fields = true on application load balancers.")

func checkLbDropInvalidHeadersDisabled() *Check {
	return attrCheck(ruleLbDropInvalidHeadersDisabled,
		expect{Types: []string{"aws_lb", "aws_alb"}, Path: []string{"drop_invalid_header_fields"}, Bad: isFalse,
			Message: "drop_invalid_header_fields = %s: invalid headers are forwarded to the targets",
			Missing: defaultNote("drop_invalid_header_fields", "false", "invalid headers are forwarded to the targets"),
			Skip: func(c *Context, r *resource.Resource) bool {
				v := r.Get("load_balancer_type")
				return v.IsUnknown() || (v != nil && !oneOf("application")(v))
			}},
	)
}

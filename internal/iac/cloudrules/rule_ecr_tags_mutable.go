package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEcrTagsMutable = newRule("config/ecr-tags-mutable", finding.Medium,
	"ECR repository allows tags to be overwritten",
	"With mutable tags (the default) a push can silently replace what a tag such as v1.2.3 points at: deployments by tag are not reproducible and can be poisoned.",
	"Set image_tag_mutability = \"IMMUTABLE\" (ImageTagMutability: IMMUTABLE) and deploy by digest.")

func checkEcrTagsMutable() *Check {
	return attrCheck(ruleEcrTagsMutable,
		expect{Types: []string{"aws_ecr_repository"}, Path: []string{"image_tag_mutability"}, Bad: oneOf("MUTABLE"),
			Message: "image_tag_mutability = %s: a tag can be moved to another image",
			Missing: defaultNote("image_tag_mutability", "MUTABLE", "a tag can be moved to another image")},
		expect{Types: []string{"AWS::ECR::Repository"}, Path: []string{"ImageTagMutability"}, Bad: oneOf("MUTABLE"),
			Message: "ImageTagMutability: %s: a tag can be moved to another image",
			Missing: defaultNote("ImageTagMutability", "MUTABLE", "a tag can be moved to another image")},
	)
}

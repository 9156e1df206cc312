package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func awsFamily() Family {
	return Family{
		Rule: credentialRule("aws-credentials", "AWS credential",
			"Deactivate and delete the access key in IAM (or revoke the session), check CloudTrail for its use, and create a new one.",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"),
		Detectors: []*detect.Detector{
			{
				ID: "aws-access-key-id", Name: "AWS access key ID",
				Keywords: kw("akia", "abia", "acca", "a3t"),
				Pattern:  tok(`(?:AKIA|ABIA|ACCA|A3T[A-Z0-9])`, `[A-Z2-7]{16}`), MinEntropy: 3,
				TruePositives:  s(`aws_access_key_id = AKIA‹upa:16›`, `"AccessKeyId": "AKIA‹upa:16›"`),
				FalsePositives: s(`aws_access_key_id = AKIAIOSFODNN7EXAMPLE`, `AKIA‹upa:10›`, `XAKIA‹upa:16›`),
			},
			{
				ID: "aws-temporary-access-key-id", Name: "AWS temporary (STS) access key ID",
				Keywords: kw("asia"),
				Pattern:  tok(`ASIA`, `[A-Z2-7]{16}`), MinEntropy: 3,
				TruePositives:  s(`export AWS_ACCESS_KEY_ID=ASIA‹upa:16›`),
				FalsePositives: s(`ASIAN_MARKETS_TOTAL_COUNT`, `ASIA‹upa:8›`),
			},
			{
				ID: "aws-secret-access-key", Name: "AWS secret access key",
				Keywords: kw("aws_secret", "secret_access_key", "secretaccesskey", "aws-secret", "awssecret", "secret-access-key"),
				Pattern:  assigned(`(?:aws_?secret|secret_?access_?key|secret-access-key|aws-secret)`, `[A-Za-z0-9/+]{40}`), MinEntropy: 4,
				TruePositives: s(`aws_secret_access_key = ‹b64:40›`, `"SecretAccessKey": "‹b64:40›"`,
					`AWS_SECRET_ACCESS_KEY: ‹b64:40›`),
				FalsePositives: s(`aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
					`aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}`, `secret_access_key: ‹b64:20›`),
			},
			{
				ID: "aws-session-token", Name: "AWS session token",
				Keywords: kw("iqojb3jpz2lu", "fwogzxivyxdz", "fqogzxivyxdz"),
				Pattern:  tok(`(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)`, `[A-Za-z0-9/+=]{100,}`), MinEntropy: 4,
				TruePositives:  s(`aws_session_token = IQoJb3JpZ2luX2Vj‹b64:300›`, `"SessionToken": "FwoGZXIvYXdzE‹b64:200›"`),
				FalsePositives: s(`aws_session_token = IQoJb3JpZ2luX2Vj‹b64:20›`),
			},
			{
				ID: "aws-mws-auth-token", Name: "Amazon Marketplace Web Service auth token",
				Keywords:       kw("amzn.mws."),
				Pattern:        tok(`amzn\.mws\.`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`mws_auth_token: amzn.mws.‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`amzn.mws.products-api`),
			},
			{
				ID: "aws-bedrock-api-key", Name: "Amazon Bedrock API key",
				Keywords: kw("absk"),
				Pattern:  tok(`ABSK`, `[A-Za-z0-9+/]{100,}={0,2}`), MinEntropy: 4,
				TruePositives:  s(`AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS‹b64:120›`),
				FalsePositives: s(`ABSKQmVkcm9ja0FQSUtleS‹b64:10›`),
			},
		},
	}
}

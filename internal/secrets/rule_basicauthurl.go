package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func basicAuthURLFamily() Family {
	return Family{
		Rule: credentialRule("basic-auth-url", "URL with an embedded password",
			"Change the password or token in the URL, and give the client its credentials through a credential helper, a netrc kept out of the repository, or a secret variable.",
			"https://cwe.mitre.org/data/definitions/798.html"),
		Detectors: []*detect.Detector{
			{
				ID: "basic-auth-url", Name: "URL with user and password", Yield: true,
				Keywords: kw("://"), Valid: realPassword, Requires: "@", Window: detect.WindowAfter,
				Pattern: urlPassword(`https?|ftps?|sftp|ssh|git|smtps?|imaps?|ldaps?|wss?|svn|nntp|socks5h?`),
				TruePositives: s(`pip install --index-url https://deploy:‹b62:20›@pypi.acme.example/simple app`,
					`proxy = http://svc-proxy:‹b62:12›!@proxy.acme.example:3128`),
				FalsePositives: s(`https://user:password@example.com`, `https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app`,
					`https://acme.example/a:b@c`, `see https://user@host/path`, `http://user:%s@host`),
			},
		},
	}
}

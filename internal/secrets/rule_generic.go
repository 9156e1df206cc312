package secrets

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

func genericFamily() Family {
	r := credentialRule("generic-secret", "secret-looking value",
		"If the value is a real credential, revoke it and load it at run time from a secret store or environment variable; if it is not, mark the line with `vigil:ignore secrets/generic-secret <reason>`.",
		"https://cwe.mitre.org/data/definitions/798.html")
	r.Severity = finding.Medium
	r.Fallback = true // a provider detector or a posture rule at the same place says more
	r.Description = "A setting whose name says it holds a credential (password, secret, token, API key ...) is given a literal " +
		"value that looks like a real secret: long enough, varied enough and not a placeholder, reference or template."
	return Family{
		Rule: r,
		Detectors: []*detect.Detector{
			{
				ID: "generic-assignment", Name: "secret assigned to a credential setting", Generic: true, Window: detect.WindowName,
				Keywords: kw("passw", "passphrase", "pwd", "secret", "token", "apikey", "api_key", "api-key", "accesskey",
					"access_key", "access-key", "privatekey", "private_key", "credential", "signing_key", "encryption_key",
					"master_key", "auth_key", "authkey", "_pass", "pass_", "conn_str", "connectionstring", "connection_string"),
				Pattern: `^(?P<name>[A-Za-z_$][A-Za-z0-9_.$\-]*)["']?\]?[ \t]*(?::=|=>|\?=|:|=)[ \t]*(?P<q>["'` + "`" + `]?)(?P<secret>[^\s"'` + "`" + `;,]+)`,
				TruePositives: s(`DB_PASSWORD=‹b62:16›`, `password: "‹b62:10›!"`, `"client_secret": "‹b64u:32›"`,
					`api_key = '‹b62:32›'`, `let password = "‹b62:12›";`, `const dbPassword = "‹b62:14›!"`),
				FalsePositives: s(`password: ${DB_PASSWORD}`, `password = os.Getenv("DB_PASSWORD")`, `"password": "changeme"`,
					`token: "{{ .Values.token }}"`, `api_key: "<your-api-key>"`, `password = config.password`,
					`secret_key: ${{ secrets.SECRET_KEY }}`, `password := r.FormValue("password")`,
					`"integrity": "sha512-‹b64:86›=="`, `token_hash: ‹hex:64›`, `api_key: ‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`,
					`password_file: /run/secrets/db_password`, `PASSWORD_MIN_LENGTH=12`, `password: hunter`,
					`token: secrets.DEPLOY_TOKEN`, `secret: "xxxxxxxxxxxxxxxxxxxx"`, `password: ********`,
					`cmd.Env = append(cmd.Env, "PWD="+cmd.Dir)`, `PWD=/home/dev/app`,
					`accessToken := result.AccessToken`, `token := tokens[input.identity]`, `GET /?continuation-token=__ContinuationToken__&x-id=List`,
					`const szOID_PASS_STDDH_KDF = "1.3.133.16.840.63.0.2"`, `"($help -)*:secret:__docker_complete_secrets"`, `"token": "a1b2c3d4e5f6g7h8i9j0;rest"`,
					`  - Secret: guide/scanner/secret.md`),
			},
		},
	}
}

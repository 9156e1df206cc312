package secretlike

import "testing"

func TestName(t *testing.T) {
	yes := []string{"password", "DB_PASSWORD", "db-pass", "client_secret", "apiKey", "API_KEY", "GITHUB_TOKEN",
		"master_password", "secret", "SLACK_WEBHOOK_URL", "private_key", "aws_secret_access_key", "ConnectionString", "SENTRY_DSN", "dbPassword", "githubToken"}
	no := []string{"passwordless", "token_url", "secret_arn", "secretArn", "password_file", "key_id", "username",
		"PASSWORD_MIN_LENGTH", "secret_name", "token_ttl", "rotation_enabled", "tokenizer", "kms_key_id", "secret_ref", "tokenizerConfig", "bypassCache"}
	for _, n := range yes {
		if !Name(n) {
			t.Errorf("Name(%q) = false", n)
		}
	}
	for _, n := range no {
		if Name(n) {
			t.Errorf("Name(%q) = true", n)
		}
	}
}

func TestReferencesAndPlaceholders(t *testing.T) {
	refs := []string{"${{ secrets.DB_PASSWORD }}", "$DB_PASSWORD", "${DB_PASSWORD}", "${DB_PASSWORD:-}", "$(dbPassword)",
		"{{ .Values.password }}", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db", "vault:secret/data/db#password",
		"ref+awsssm://db/password", "projects/p/secrets/db/versions/latest", "var.db_password", "os.Getenv(\"X\")",
		"https://myvault.vault.azure.net/secrets/db"}
	for _, v := range refs {
		if !IsReference(v) || !IsPlaceholder(v) || Literal(v) {
			t.Errorf("%q not recognised as a reference", v)
		}
	}
	placeholders := []string{"", "<token>", "changeme", "xxxxxxxx", "********", "your-api-key", "EXAMPLEKEY", "dummy", "TODO"}
	for _, v := range placeholders {
		if !IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = false", v)
		}
	}
	literals := []string{"hunter2-Prod!", "s3cr3tP@ssw0rd", "changeme"}
	for _, v := range literals {
		if !Literal(v) {
			t.Errorf("Literal(%q) = false", v)
		}
	}
	if IsPlaceholder("hunter2-Prod!") {
		t.Error("a real-looking password taken for a placeholder")
	}
}

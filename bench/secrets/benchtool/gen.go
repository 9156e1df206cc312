package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// plant is a credential type placed in the corpus: a value template (see detect.Expand) and the
// setting name it is assigned to.
type plant struct {
	kind, name, value string
}

var plants = []plant{
	{"aws-access-key-id", "aws_access_key_id", "AKIA‹upa:16›"},
	{"aws-secret-access-key", "aws_secret_access_key", "‹b64:40›"},
	{"github-pat", "github_token", "ghp_‹b62:36›"},
	{"github-fine-grained-pat", "gh_token", "github_pat_‹b62:22›_‹b62:59›"},
	{"gitlab-pat", "gitlab_token", "glpat-‹b64u:20›"},
	{"slack-bot-token", "slack_bot_token", "xoxb-‹dig:12›-‹dig:13›-‹b62:24›"},
	{"slack-webhook-url", "slack_webhook_url", "https://hooks.slack.com/services/T‹up:10›/B‹up:10›/‹b62:24›"},
	{"stripe-live-secret-key", "stripe_secret_key", "sk_live_‹b62:24›"},
	{"sendgrid-api-key", "sendgrid_api_key", "SG.‹b64u:22›.‹b64u:43›"},
	{"npm-access-token", "npm_token", "npm_‹b62:36›"},
	{"openai-project-key", "openai_api_key", "sk-proj-‹b64u:74›T3BlbkFJ‹b64u:74›"},
	{"anthropic-api-key", "anthropic_api_key", "sk-ant-api03-‹b64u:93›AA"},
	{"gcp-api-key", "google_maps_key", "AIza‹b64u:35›"},
	{"digitalocean-pat", "do_token", "dop_v1_‹hex:64›"},
	{"vault-service-token", "vault_token", "hvs.‹b64u:90›"},
	{"shopify-access-token", "shopify_token", "shpat_‹hex:32›"},
	{"pypi-upload-token", "pypi_token", "pypi-AgEIcHlwaS5vcmc‹b64u:120›"},
	{"huggingface-token", "hf_token", "hf_‹alpha:34›"},
	{"linear-api-key", "linear_api_key", "lin_api_‹b62:40›"},
	{"postgres-url", "database_url", "postgres://app_user:‹b62:20›@db.prod.acme.example:5432/app"},
	{"mongodb-url", "mongo_url", "mongodb+srv://svc:‹b62:18›@cluster0.acme.example/app"},
	{"generic-password", "db_password", "‹b62:14›!"},
	{"generic-secret", "client_secret", "‹b64u:32›"},
	{"telegram-bot-token", "telegram_bot_token", "‹dig:10›:AA‹b64u:33›"},
	{"age-secret-key", "age_key", "AGE-SECRET-KEY-1‹bech:58›"},
	{"jwt", "auth_header", ""},            // built by jwtValue
	{"private-key-rsa", "", ""},           // PEM blocks, built by pemLines
	{"private-key-openssh", "", ""},       //
	{"azure-storage-account-key", "", ""}, // connection string, built inline
}

// decoys look like secrets but are not; any finding on them is a false alarm.
var decoys = []plant{
	{"decoy", "aws_access_key_id", "AKIAIOSFODNN7EXAMPLE"},
	{"decoy", "db_password", "${DB_PASSWORD}"},
	{"decoy", "api_token", "{{ .Values.api.token }}"},
	{"decoy", "api_key", "<your-api-key>"},
	{"decoy", "password", "changeme"},
	{"decoy", "token_sha256", "‹hex:64›"},
	{"decoy", "commit", "‹hex:40›"},
	{"decoy", "client_id", "‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›"},
	{"decoy", "database_url", "postgres://postgres:postgres@localhost:5432/app"},
	{"decoy", "github_token", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
	{"decoy", "secret_key", "secrets.SECRET_KEY"},
	{"decoy", "checksum", "sha256:‹hex:64›"},
}

var words = strings.Fields(`user account request response handler config token secret password key auth session cache
client server buffer index value result error context manager service api data item list count name path url id hash
digest signature order invoice payment customer product price quantity status message event queue worker job task
retry timeout deadline limit offset page cursor filter sort field record table schema query row column access refresh
credential provider region bucket object upload download stream reader writer encoder decoder parser lexer`)

type gener struct {
	r        *rand.Rand
	manifest *bufio.Writer
	seed     uint64
}

func (g *gener) word() string { return words[g.r.IntN(len(words))] }
func (g *gener) camel(n int) string {
	var b strings.Builder
	for i := range n {
		w := g.word()
		if i > 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}
func (g *gener) expand(t string) string { g.seed++; return detect.Expand(t, g.seed) }

// gen writes about MB megabytes of files below DIR and DIR/../manifest.tsv.
func gen(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: gen DIR MB")
	}
	dir := args[0]
	mb, err := strconv.Atoi(args[1])
	if err != nil {
		return err
	}
	mf, err := os.Create(filepath.Join(filepath.Dir(filepath.Clean(dir)), "manifest.tsv"))
	if err != nil {
		return err
	}
	defer mf.Close()
	g := &gener{r: rand.New(rand.NewPCG(2026, 11)), manifest: bufio.NewWriter(mf)}
	total := int64(0)
	kinds := []string{"go", "go", "js", "js", "py", "yaml", "json", "env", "md", "min.js", "lock", "css", "pem"}
	for i := 0; total < int64(mb)<<20; i++ {
		kind := kinds[g.r.IntN(len(kinds))]
		if kind == "pem" && g.r.IntN(4) != 0 {
			kind = "yaml"
		}
		rel := fmt.Sprintf("repo%03d/%s/%s%d.%s", i/200, g.word(), g.word(), i, ext(kind))
		n, err := g.file(filepath.Join(dir, rel), rel, kind)
		if err != nil {
			return err
		}
		total += n
	}
	fmt.Printf("generated %d MiB in %s\n", total>>20, dir)
	return g.manifest.Flush()
}

func ext(kind string) string {
	switch kind {
	case "lock":
		return "json"
	case "pem":
		return "key"
	}
	return kind
}

// file writes one file of the kind; some lines are plants or decoys, recorded in the manifest.
func (g *gener) file(p, rel, kind string) (int64, error) {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return 0, err
	}
	f, err := os.Create(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<16)
	var size int64
	line := 0
	emit := func(s string) {
		w.WriteString(s)
		w.WriteByte('\n')
		size += int64(len(s) + 1)
		line += 1 + strings.Count(s, "\n")
	}
	record := func(kind string, start, end int) {
		fmt.Fprintf(g.manifest, "%s\t%d\t%d\t%s\n", rel, start, end, kind)
	}
	switch kind {
	case "min.js":
		return size, g.minified(w, &size)
	case "pem":
		start := line + 1
		for _, l := range g.pemLines() {
			emit(l)
		}
		record("private-key-openssh", start, line)
		return size, w.Flush()
	}
	target := int64(4<<10 + g.r.IntN(160<<10))
	plantsHere := 0
	if g.r.IntN(3) == 0 {
		plantsHere = 1 + g.r.IntN(2)
	}
	decoysHere := g.r.IntN(3)
	for size < target {
		switch {
		case plantsHere > 0 && g.r.IntN(200) == 0:
			plantsHere--
			g.plant(kind, emit, record, &line)
		case decoysHere > 0 && g.r.IntN(150) == 0:
			decoysHere--
			d := decoys[g.r.IntN(len(decoys))]
			emit(assign(kind, d.name, g.expand(d.value)))
		default:
			emit(g.line(kind))
		}
	}
	return size, w.Flush()
}

func (g *gener) plant(kind string, emit func(string), record func(string, int, int), line *int) {
	p := plants[g.r.IntN(len(plants))]
	start := *line + 1
	switch p.kind {
	case "jwt":
		emit(assign(kind, p.name, "Bearer "+g.jwtValue()))
	case "private-key-rsa", "private-key-openssh":
		ls := g.pemLines()
		if p.kind == "private-key-rsa" {
			for i := range ls {
				ls[i] = strings.ReplaceAll(ls[i], "OPENSSH", "RSA")
			}
		}
		if kind != "yaml" {
			kind = "yaml"
		}
		emit("private_key: |")
		start = *line + 1
		for _, l := range ls {
			emit("  " + l)
		}
	case "azure-storage-account-key":
		emit(assign(kind, "storage_connection", "DefaultEndpointsProtocol=https;AccountName=acme"+g.word()+";AccountKey="+g.expand("‹b64:86›")+"==;EndpointSuffix=core.windows.net"))
	default:
		emit(assign(kind, p.name, g.expand(p.value)))
	}
	if p.kind == "private-key-rsa" || p.kind == "private-key-openssh" {
		record(p.kind, start, start)
		return
	}
	record(p.kind, start, *line)
}

func (g *gener) jwtValue() string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	payload := enc.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s-%d","iss":"acme","iat":%d}`, g.word(), g.r.IntN(1e6), 1.7e9+g.r.IntN(1e8))))
	return header + "." + payload + "." + g.expand("‹b64u:43›")
}

func (g *gener) pemLines() []string {
	ls := []string{"-----BEGIN OPENSSH PRIVATE KEY-----"}
	for range 6 + g.r.IntN(20) {
		ls = append(ls, g.expand("‹b64:70›"))
	}
	return append(ls, "-----END OPENSSH PRIVATE KEY-----")
}

// assign renders `name = value` in the syntax of the file kind.
func assign(kind, name, value string) string {
	switch kind {
	case "go":
		return fmt.Sprintf("\tconst %s = %q", camelize(name), value)
	case "js":
		return fmt.Sprintf("  const %s = \"%s\";", camelize(name), value)
	case "py":
		return fmt.Sprintf("%s = \"%s\"", strings.ToUpper(name), value)
	case "json", "lock":
		return fmt.Sprintf("  \"%s\": \"%s\",", name, value)
	case "env":
		return strings.ToUpper(name) + "=" + value
	case "md":
		return fmt.Sprintf("    %s=%s", strings.ToUpper(name), value)
	case "css":
		return fmt.Sprintf("/* %s: %s */", name, value)
	}
	return fmt.Sprintf("  %s: %s", name, value)
}

func camelize(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// line makes one ordinary line of the kind, rich in the words secret detectors key on.
func (g *gener) line(kind string) string {
	a, b, c := g.word(), g.camel(2), g.camel(3)
	switch kind {
	case "go":
		switch g.r.IntN(8) {
		case 0:
			return fmt.Sprintf("func (s *%sService) %s(ctx context.Context, req *%sRequest) (*Response, error) {", strings.ToUpper(a[:1])+a[1:], c, b)
		case 1:
			return fmt.Sprintf("\tif err := s.%s.Get(ctx, req.%s); err != nil {", b, strings.ToUpper(a[:1])+a[1:])
		case 2:
			return fmt.Sprintf("\t\treturn nil, fmt.Errorf(\"load %s %%s: %%w\", req.ID, err)", a)
		case 3:
			return fmt.Sprintf("// %s validates the %s %s and refreshes the session %s.", c, a, g.word(), g.word())
		case 4:
			return fmt.Sprintf("\t%s := req.FormValue(\"%s\")", b, a)
		case 5:
			return fmt.Sprintf("\tconst %sURL = \"https://api.acme.example/v1/%s/%s\"", b, a, g.word())
		case 6:
			return "\t}"
		}
		return fmt.Sprintf("\t%s.%s = %s(%s, %d)", a, b, c, g.word(), g.r.IntN(1000))
	case "js", "css":
		switch g.r.IntN(5) {
		case 0:
			return fmt.Sprintf("export async function %s(client, opts) {", c)
		case 1:
			return fmt.Sprintf("  const %s = await client.%s.get%s({ scope: \"%s\" });", b, a, strings.ToUpper(a[:1])+a[1:], g.word())
		case 2:
			return fmt.Sprintf("  headers: { Authorization: `Bearer ${%s}` },", b)
		case 3:
			return fmt.Sprintf("  if (!%s.%s) throw new Error(\"missing %s %s\");", a, b, a, g.word())
		}
		return "}"
	case "py":
		switch g.r.IntN(4) {
		case 0:
			return fmt.Sprintf("def %s_%s(self, %s):", a, g.word(), g.word())
		case 1:
			return fmt.Sprintf("    %s = os.environ.get(\"%s_%s\")", a, strings.ToUpper(a), strings.ToUpper(g.word()))
		case 2:
			return fmt.Sprintf("    self.%s = settings.%s", a, strings.ToUpper(b))
		}
		return fmt.Sprintf("    return self.%s.%s(%s)", a, g.word(), g.word())
	case "json", "lock":
		if kind == "lock" || g.r.IntN(3) == 0 {
			return fmt.Sprintf("  \"node_modules/%s-%s\": {\"version\": \"1.%d.0\", \"integrity\": \"sha512-%s==\"},", a, g.word(), g.r.IntN(30), g.expand("‹b64:86›"))
		}
		return fmt.Sprintf("  \"%s\": \"%s-%s\",", b, a, g.word())
	case "env":
		return fmt.Sprintf("%s_%s=%s", strings.ToUpper(a), strings.ToUpper(g.word()), g.word())
	case "md":
		return fmt.Sprintf("The %s %s uses the %s; see https://docs.acme.example/%s/%s for the %s.", a, g.word(), b, a, g.word(), c)
	}
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("  %s: ${%s_%s}", a, strings.ToUpper(a), strings.ToUpper(g.word()))
	case 1:
		return fmt.Sprintf("  image: registry.acme.example/%s:%d.%d.%d", a, g.r.IntN(5), g.r.IntN(20), g.r.IntN(50))
	case 2:
		return fmt.Sprintf("  %s_%s: %d", a, g.word(), g.r.IntN(100))
	}
	return fmt.Sprintf("%s:", b)
}

// minified writes a bundle: few very long lines of short identifiers and strings.
func (g *gener) minified(w *bufio.Writer, size *int64) error {
	target := int64(256<<10 + g.r.IntN(1<<20))
	for *size < target {
		var b strings.Builder
		for b.Len() < 64<<10 {
			x, y := g.word(), g.word()
			fmt.Fprintf(&b, `var %s%d=function(t){return t.%s||e.%s("%s")};`, x[:2], g.r.IntN(99), x, y, g.expand("‹b62:12›"))
			if g.r.IntN(40) == 0 {
				fmt.Fprintf(&b, `.logo{background:url(data:image/png;base64,%s)}`, g.expand("‹b64:600›"))
			}
		}
		s := b.String()
		w.WriteString(s)
		w.WriteByte('\n')
		*size += int64(len(s) + 1)
	}
	return w.Flush()
}

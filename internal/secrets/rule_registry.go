package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func registryFamily() Family {
	return Family{
		Rule: credentialRule("package-registry-token", "package or container registry token",
			"Revoke the token in the registry (npm, PyPI, RubyGems, NuGet, Docker Hub, crates.io, Clojars, JFrog) and check the packages it could publish for unexpected releases.",
			"https://docs.npmjs.com/revoking-access-tokens"),
		Detectors: []*detect.Detector{
			{
				ID: "npm-access-token", Name: "npm access token",
				Keywords: kw("npm_"), Pattern: tok(`npm_`, `[A-Za-z0-9]{36}`), MinEntropy: 3.5,
				TruePositives:  s(`//registry.npmjs.org/:_authToken=npm_‹b62:36›`),
				FalsePositives: s(`npm_config_cache=/tmp/npm`, `npm_‹b62:12›`),
			},
			{
				ID: "npmrc-auth", Name: "npm registry credential in .npmrc",
				Keywords: kw("_authtoken=", "_auth=", "_password="),
				Pattern:  `(?m)^\s*(?://[^\s=]+:)?_(?:authToken|auth|password)\s*=\s*([A-Za-z0-9+/=_\-.]{16,})\s*$`, MinEntropy: 3.5,
				TruePositives:  s(`//npm.acme.example/:_authToken=‹b64:40›`, `_auth=‹b64:32›`),
				FalsePositives: s(`//registry.npmjs.org/:_authToken=${NPM_TOKEN}`),
			},
			{
				ID: "pypi-upload-token", Name: "PyPI upload token",
				Keywords: kw("pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"),
				Pattern:  tok(`pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)`, `[A-Za-z0-9_\-]{50,}`), MinEntropy: 4,
				TruePositives:  s(`password = pypi-AgEIcHlwaS5vcmc‹b64u:120›`, `TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZw‹b64u:90›`),
				FalsePositives: s(`password = pypi-AgEIcHlwaS5vcmc`),
			},
			{
				ID: "rubygems-api-key", Name: "RubyGems API key",
				Keywords: kw("rubygems_"), Pattern: tok(`rubygems_`, `[0-9a-f]{48}`), MinEntropy: 3,
				TruePositives:  s(`:rubygems_api_key: rubygems_‹hex:48›`),
				FalsePositives: s(`:rubygems_api_key: rubygems_‹hex:20›`),
			},
			{
				ID: "nuget-api-key", Name: "NuGet API key",
				Keywords: kw("oy2"), Pattern: tok(`oy2`, `[a-z0-9]{43}`), MinEntropy: 3.5,
				TruePositives:  s(`dotnet nuget push pkg.nupkg --api-key oy2‹low:43›`),
				FalsePositives: s(`oy2‹low:20›`),
			},
			{
				ID: "dockerhub-pat", Name: "Docker Hub personal or organization access token",
				Keywords: kw("dckr_pat_", "dckr_oat_"), Pattern: tok(`dckr_(?:pat|oat)_`, `[A-Za-z0-9_\-]{27,32}`), MinEntropy: 3.5,
				TruePositives:  s(`echo dckr_pat_‹b64u:27› | docker login -u acme --password-stdin`),
				FalsePositives: s(`dckr_pat_‹b64u:8›`),
			},
			{
				ID: "docker-config-auth", Name: "Docker registry credential in a config.json auths entry",
				Keywords: kw(`"auth"`),
				Pattern:  `"auth"\s*:\s*"([A-Za-z0-9+/]{16,}={0,2})"`, MinEntropy: 3.5,
				Valid:          basicAuthBlob,
				TruePositives:  s(`{"auths": {"registry.acme.example": {"auth": "YWNtZTpzM2NyM3QtcGFzc3dvcmQtMjAyNg=="}}}`),
				FalsePositives: s(`{"auths": {"registry.acme.example": {"auth": ""}}}`, `{"auth": "bm90LWEtcGFpcg=="}`),
			},
			{
				ID: "crates-io-token", Name: "crates.io API token",
				Keywords: kw("cio"), Pattern: tok(`cio`, `[A-Za-z0-9]{32}`), MinEntropy: 3.5,
				TruePositives:  s(`CARGO_REGISTRY_TOKEN=cio‹b62:32›`),
				FalsePositives: s(`CARGO_REGISTRY_TOKEN=cio‹b62:10›`, `ciocc‹b62:4›`),
			},
			{
				ID: "clojars-token", Name: "Clojars deploy token",
				Keywords: kw("clojars_"), Pattern: tok(`CLOJARS_`, `[a-z0-9]{60}`), MinEntropy: 3.5,
				TruePositives:  s(`CLOJARS_PASSWORD=CLOJARS_‹low:60›`),
				FalsePositives: s(`CLOJARS_USERNAME=acme`),
			},
			{
				ID: "jfrog-api-key", Name: "JFrog Artifactory API key",
				Keywords: kw("akcp"), Pattern: tok(`AKCp`, `[A-Za-z0-9]{69}`), MinEntropy: 4,
				TruePositives:  s(`ARTIFACTORY_API_KEY=AKCp‹b62:69›`),
				FalsePositives: s(`ARTIFACTORY_API_KEY=AKCp‹b62:20›`),
			},
			{
				ID: "jfrog-reference-token", Name: "JFrog reference token",
				Keywords: kw("cmvmdgtu"), Pattern: tok(`cmVmdGtu`, `[A-Za-z0-9]{56}`), MinEntropy: 4,
				TruePositives:  s(`JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3‹b62:48›`),
				FalsePositives: s(`JFROG_ACCESS_TOKEN=cmVmdGtu`),
			},
		},
	}
}

package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func aiFamily() Family {
	return Family{
		Rule: credentialRule("ai-api-key", "AI service API key",
			"Revoke the key in the provider's console (OpenAI, Anthropic, Hugging Face, Groq, Replicate, ...) and set a spending limit; leaked keys are abused within minutes.",
			"https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety"),
		Detectors: []*detect.Detector{
			{
				ID: "openai-project-key", Name: "OpenAI project API key",
				Keywords: kw("sk-proj-"), Pattern: tok(`sk-proj-`, `[A-Za-z0-9_\-]{58,200}`), MinEntropy: 4,
				TruePositives:  s(`OPENAI_API_KEY=sk-proj-‹b64u:156›`),
				FalsePositives: s(`OPENAI_API_KEY=sk-proj-‹b64u:12›`),
			},
			{
				ID: "openai-service-account-key", Name: "OpenAI service account key",
				Keywords: kw("sk-svcacct-"), Pattern: tok(`sk-svcacct-`, `[A-Za-z0-9_\-]{58,200}`), MinEntropy: 4,
				TruePositives:  s(`OPENAI_API_KEY=sk-svcacct-‹b64u:120›`),
				FalsePositives: s(`OPENAI_API_KEY=sk-svcacct-‹b64u:12›`),
			},
			{
				ID: "openai-admin-key", Name: "OpenAI admin key",
				Keywords: kw("sk-admin-"), Pattern: tok(`sk-admin-`, `[A-Za-z0-9_\-]{58,200}`), MinEntropy: 4,
				TruePositives:  s(`OPENAI_ADMIN_KEY=sk-admin-‹b64u:120›`),
				FalsePositives: s(`OPENAI_ADMIN_KEY=sk-admin-‹b64u:12›`),
			},
			{
				ID: "openai-legacy-key", Name: "OpenAI user API key (legacy format)",
				Keywords: kw("t3blbkfj"), Pattern: tok(`sk-`, `(?:[A-Za-z0-9_\-]+-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}`), MinEntropy: 4,
				TruePositives:  s(`openai.api_key = "sk-‹b62:20›T3BlbkFJ‹b62:20›"`),
				FalsePositives: s(`openai.api_key = "sk-‹b62:20›"`),
			},
			{
				ID: "anthropic-api-key", Name: "Anthropic API key",
				Keywords: kw("sk-ant-api"), Pattern: tok(`sk-ant-api0\d-`, `[A-Za-z0-9_\-]{90,100}AA`), MinEntropy: 4,
				TruePositives:  s(`ANTHROPIC_API_KEY=sk-ant-api03-‹b64u:93›AA`),
				FalsePositives: s(`ANTHROPIC_API_KEY=sk-ant-api03-‹b64u:20›`),
			},
			{
				ID: "anthropic-admin-key", Name: "Anthropic admin API key",
				Keywords: kw("sk-ant-admin"), Pattern: tok(`sk-ant-admin0\d-`, `[A-Za-z0-9_\-]{90,100}AA`), MinEntropy: 4,
				TruePositives:  s(`ANTHROPIC_ADMIN_KEY=sk-ant-admin01-‹b64u:93›AA`),
				FalsePositives: s(`ANTHROPIC_ADMIN_KEY=sk-ant-admin01-`),
			},
			{
				ID: "huggingface-token", Name: "Hugging Face access token",
				Keywords: kw("hf_"), Pattern: tok(`hf_`, `[A-Za-z]{34}`), MinEntropy: 3.5,
				TruePositives:  s(`HF_TOKEN=hf_‹alpha:34›`),
				FalsePositives: s(`hf_hub_download(repo_id="acme/model")`, `hf_‹alpha:10›`),
			},
			{
				ID: "huggingface-org-token", Name: "Hugging Face organization API token",
				Keywords: kw("api_org_"), Pattern: tok(`api_org_`, `[A-Za-z]{34}`), MinEntropy: 3.5,
				TruePositives:  s(`HF_ORG_TOKEN=api_org_‹alpha:34›`),
				FalsePositives: s(`api_org_id = 12`),
			},
			{
				ID: "groq-api-key", Name: "Groq API key",
				Keywords: kw("gsk_"), Pattern: tok(`gsk_`, `[A-Za-z0-9]{52}`), MinEntropy: 4,
				TruePositives:  s(`GROQ_API_KEY=gsk_‹b62:52›`),
				FalsePositives: s(`GROQ_API_KEY=gsk_‹b62:12›`),
			},
			{
				ID: "replicate-api-token", Name: "Replicate API token",
				Keywords: kw("r8_"), Pattern: tok(`r8_`, `[A-Za-z0-9]{37}`), MinEntropy: 3.5,
				TruePositives:  s(`REPLICATE_API_TOKEN=r8_‹b62:37›`),
				FalsePositives: s(`r8_‹b62:12›`),
			},
			{
				ID: "perplexity-api-key", Name: "Perplexity API key",
				Keywords: kw("pplx-"), Pattern: tok(`pplx-`, `[A-Za-z0-9]{48}`), MinEntropy: 4,
				TruePositives:  s(`PPLX_API_KEY=pplx-‹b62:48›`),
				FalsePositives: s(`PPLX_API_KEY=pplx-‹b62:12›`),
			},
			{
				ID: "xai-api-key", Name: "xAI API key",
				Keywords: kw("xai-"), Pattern: tok(`xai-`, `[A-Za-z0-9]{80}`), MinEntropy: 4,
				TruePositives:  s(`XAI_API_KEY=xai-‹b62:80›`),
				FalsePositives: s(`XAI_API_KEY=xai-‹b62:20›`),
			},
			{
				ID: "langsmith-api-key", Name: "LangSmith API key",
				Keywords: kw("lsv2_"), Pattern: tok(`lsv2_(?:pt|sk)_`, `[a-f0-9]{32}_[a-f0-9]{10}`), MinEntropy: 3,
				TruePositives:  s(`LANGCHAIN_API_KEY=lsv2_pt_‹hex:32›_‹hex:10›`),
				FalsePositives: s(`LANGCHAIN_API_KEY=lsv2_pt_‹hex:8›`),
			},
		},
	}
}

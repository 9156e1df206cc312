const openai = new OpenAI({ apiKey: "sk-proj-‹b64u:156›" }); // want: secrets/ai-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-api03-‹b64u:93›AA" }); // want: secrets/ai-api-key
const hf = new HfInference(process.env.HF_TOKEN); // ok: secrets/ai-api-key

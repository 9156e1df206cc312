package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func azureFamily() Family {
	return Family{
		Rule: credentialRule("azure-credentials", "Azure credential",
			"Rotate the key (storage account Access keys > Rotate, Entra ID App registrations > Certificates & secrets, or the Service Bus / Cosmos DB keys) and prefer managed identities over keys.",
			"https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage"),
		Detectors: []*detect.Detector{
			{
				ID: "azure-storage-account-key", Name: "Azure storage account key",
				Keywords: kw("accountkey="),
				Pattern:  `AccountName=[^;"'\s]+;AccountKey=([A-Za-z0-9+/]{86}==)`, MinEntropy: 4.5,
				TruePositives:  s(`DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=‹b64:86›==;EndpointSuffix=core.windows.net`),
				FalsePositives: s(`DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<your-key>`),
			},
			{
				ID: "azure-sas-token", Name: "Azure shared access signature",
				Keywords: kw("sig="),
				Pattern:  `(?:sv|se|sp|sr|st|spr|ss|srt)=[^&\s"']+&[^\s"']*?sig=([A-Za-z0-9%+/]{40,}(?:%3D|=)?)`, MinEntropy: 4,
				TruePositives:  s(`https://acme.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=‹b62:43›%3D`),
				FalsePositives: s(`https://acme.blob.core.windows.net/data?sv=2022-11-02&sig=REDACTED`, `?sig=‹b62:43›`),
			},
			{
				ID: "azure-ad-client-secret", Name: "Microsoft Entra ID (Azure AD) client secret",
				Keywords: kw("q~"),
				Pattern:  `(?:^|[^A-Za-z0-9_~.\-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?:[^A-Za-z0-9_~.\-]|$)`, MinEntropy: 3.5,
				TruePositives:  s(`AZURE_CLIENT_SECRET=‹b62:3›8Q~‹b62:34›`),
				FalsePositives: s(`AZURE_CLIENT_SECRET=abc8Q~short`),
			},
			{
				ID: "azure-service-bus-connection-string", Name: "Azure Service Bus / Event Hubs connection string",
				Keywords: kw("sharedaccesskey="),
				Pattern:  `Endpoint=sb://[^;"'\s]+;SharedAccessKeyName=[^;"'\s]+;SharedAccessKey=([A-Za-z0-9+/]{43}=)`, MinEntropy: 4,
				TruePositives:  s(`"ServiceBus": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=‹b64:43›="`),
				FalsePositives: s(`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${SB_KEY}`),
			},
			{
				ID: "azure-cosmosdb-key", Name: "Azure Cosmos DB account key",
				Keywords: kw("documents.azure.com"),
				Pattern:  `AccountEndpoint=https://[a-z0-9\-]+\.documents\.azure\.com[^;"'\s]*;AccountKey=([A-Za-z0-9+/]{86}==)`, MinEntropy: 4.5,
				TruePositives:  s(`AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=‹b64:86›==;`),
				FalsePositives: s(`AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=;`),
			},
			{
				ID: "azure-devops-pat", Name: "Azure DevOps personal access token",
				Keywords: kw("azdo"),
				Pattern:  `(?:^|[^A-Za-z0-9])([A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4})(?:[^A-Za-z0-9]|$)`, MinEntropy: 4,
				TruePositives:  s(`AZURE_DEVOPS_PAT=‹b62:52›JQQJ99‹b62:18›AZDO‹b62:4›`),
				FalsePositives: s(`AZDO_ORG_URL=https://dev.azure.com/acme`),
			},
			{
				ID: "azure-app-configuration-connection-string", Name: "Azure App Configuration connection string",
				Keywords: kw("azconfig.io"),
				Pattern:  `Endpoint=https://[a-z0-9\-]+\.azconfig\.io;Id=[^;"'\s]+;Secret=([A-Za-z0-9+/]{43}=)`, MinEntropy: 4,
				TruePositives:  s(`Endpoint=https://acme.azconfig.io;Id=‹b62:4›-l0-s0:‹b62:20›;Secret=‹b64:43›=`),
				FalsePositives: s(`Endpoint=https://acme.azconfig.io`),
			},
		},
	}
}

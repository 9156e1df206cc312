package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDocdbClusterUnencrypted = newRule("config/docdb-cluster-unencrypted", finding.High,
	"DocumentDB cluster is not encrypted",
	"The document database stores data, backups and snapshots unencrypted.",
	"Set storage_encrypted = true (StorageEncrypted: true).")

func checkDocdbClusterUnencrypted() *Check {
	return attrCheck(ruleDocdbClusterUnencrypted,
		expect{Types: []string{"aws_docdb_cluster"}, Path: []string{"storage_encrypted"}, Bad: isFalse,
			Message: "storage_encrypted = %s: documents are not encrypted at rest",
			Missing: defaultNote("storage_encrypted", "false", "documents are not encrypted at rest")},
		expect{Types: []string{"AWS::DocDB::DBCluster"}, Path: []string{"StorageEncrypted"}, Bad: isFalse,
			Message: "StorageEncrypted: %s: documents are not encrypted at rest",
			Missing: defaultNote("StorageEncrypted", "false", "documents are not encrypted at rest")},
	)
}

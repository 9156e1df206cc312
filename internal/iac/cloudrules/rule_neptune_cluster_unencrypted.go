package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleNeptuneClusterUnencrypted = newRule("config/neptune-cluster-unencrypted", finding.High,
	"Neptune cluster is not encrypted",
	"The graph database stores data, backups and snapshots unencrypted.",
	"Set storage_encrypted = true (StorageEncrypted: true).")

func checkNeptuneClusterUnencrypted() *Check {
	return attrCheck(ruleNeptuneClusterUnencrypted,
		expect{Types: []string{"aws_neptune_cluster"}, Path: []string{"storage_encrypted"}, Bad: isFalse,
			Message: "storage_encrypted = %s: graph data is not encrypted at rest",
			Missing: defaultNote("storage_encrypted", "false", "graph data is not encrypted at rest")},
		expect{Types: []string{"AWS::Neptune::DBCluster"}, Path: []string{"StorageEncrypted"}, Bad: isFalse,
			Message: "StorageEncrypted: %s: graph data is not encrypted at rest",
			Missing: defaultNote("StorageEncrypted", "false", "graph data is not encrypted at rest")},
	)
}

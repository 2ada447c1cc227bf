package org.zhenggai.mechanism;

/** The inspection office's rating of a unit's rectification: 好, 中, 差; 差 proposes a look-back inspection. */
public enum Rating {
	GOOD, FAIR, POOR
}

package org.zhenggai.mechanism;

/** Whether a rule was written anew or an existing one revised. */
public enum RuleKind {
	NEW, REVISED
}

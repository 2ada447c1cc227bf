/**
 * The data generator ({@code generate --units N --seed S}): fills a database with a province's worth
 * of fictional but realistic rectification data (a unit tree, rounds, problems, measures, progress,
 * closures) for trying the system at scale and for the benchmarks. It writes rows directly, in bulk:
 * COPY on PostgreSQL, batched inserts elsewhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data generator")
package org.zhenggai.generator;

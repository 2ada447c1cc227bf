package org.zhenggai.supervision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "zhenggai", name = "server-tasks", havingValue = "true", matchIfMissing = true)
class SupervisionConfiguration {
}
